namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class MediaUploadForm
{
    [Display(Name = nameof(CommonText.Media_Field_File), ResourceType = typeof(CommonText))]
    public IFormFile? File { get; set; }

    [Display(Name = nameof(CommonText.Media_Field_AltText), ResourceType = typeof(CommonText))]
    [Required(ErrorMessageResourceName = nameof(CommonText.Media_AltTextRequired), ErrorMessageResourceType = typeof(CommonText))]
    [StringLength(FieldLengths.AltText, ErrorMessageResourceName = nameof(CommonText.Media_AltTextTooLong), ErrorMessageResourceType = typeof(CommonText))]
    public string AltText { get; set; } = "";
}

public sealed record MediaLibraryViewModel(IReadOnlyList<MediaAsset> Assets, Paging Paging, MediaUploadForm Upload, string MaxSize);
