using System.ComponentModel.DataAnnotations;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class MediaUploadForm
{
    [Display(Name = "Tệp ảnh (JPEG, PNG hoặc WebP)")]
    public IFormFile? File { get; set; }

    [Display(Name = "Mô tả ảnh (văn bản thay thế)")]
    [Required(ErrorMessage = "Vui lòng mô tả ảnh cho người dùng trình đọc màn hình.")]
    [StringLength(FieldLengths.AltText, ErrorMessage = "Mô tả ảnh không được dài quá {1} ký tự.")]
    public string AltText { get; set; } = "";
}

public sealed record MediaLibraryViewModel(IReadOnlyList<MediaAsset> Assets, Paging Paging, MediaUploadForm Upload, string MaxSize);
