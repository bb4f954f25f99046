using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record HeritageSiteRow(int Id, string Name, HeritageKind Kind, string? FormerUnit, int FestivalCount, bool IsArchived);

public sealed class HeritageSiteForm : ContentForm
{
    [Display(Name = nameof(ContentText.Heritage_Name), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Heritage_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Heritage_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ContentText.Heritage_Kind), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public HeritageKind Kind { get; set; }

    [Display(Name = nameof(ContentText.Heritage_FormerUnit), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int? FormerUnitId { get; set; }

    [Display(Name = nameof(ContentText.Content_Summary), Description = nameof(ContentText.Heritage_Summary_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Summary, ErrorMessageResourceName = nameof(ContentText.Content_Summary_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Summary { get; set; }

    [Display(Name = nameof(ContentText.Content_Description), Description = nameof(ContentText.Content_Markdown_Hint), ResourceType = typeof(ContentText))]
    [StringLength(MarkdownMaxLength, ErrorMessageResourceName = nameof(ContentText.Content_Description_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    [MarkdownField]
    public string? DescriptionMarkdown { get; set; }

    [Display(Name = nameof(ContentText.Heritage_Recognition), Description = nameof(ContentText.Heritage_Recognition_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Heritage_Recognition_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? RecognitionLevel { get; set; }

    [Display(Name = nameof(ContentText.Heritage_Address), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Heritage_Address_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Address { get; set; }

    [Display(Name = nameof(ContentText.Heritage_Latitude), Description = nameof(ContentText.Heritage_Latitude_Hint), ResourceType = typeof(ContentText))]
    [CoordinateInput]
    [Range(-90d, 90d, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public double? Latitude { get; set; }

    [Display(Name = nameof(ContentText.Heritage_Longitude), Description = nameof(ContentText.Heritage_Longitude_Hint), ResourceType = typeof(ContentText))]
    [CoordinateInput]
    [Range(-180d, 180d, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public double? Longitude { get; set; }

    [Display(Name = nameof(ContentText.Content_Sources), Description = nameof(ContentText.Content_Sources_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Sources_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Sources { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class HeritageSiteEditPage(int? id, HeritageSiteForm form) : EditPage<HeritageSiteForm>(id, form)
{
    public IReadOnlyList<SelectListItem> Kinds { get; } = SelectOptions.Of<HeritageKind>(VietnameseFormat.KindName);

    public required IReadOnlyList<SelectListItem> FormerUnits { get; init; }

    public IReadOnlyList<FestivalRow> Festivals { get; init; } = [];


    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>>
        {
            [nameof(HeritageSiteForm.Kind)] = Kinds,
            [nameof(HeritageSiteForm.FormerUnitId)] = FormerUnits,
        };
}

public sealed class FestivalFilter : ContentFilter
{
    /// <summary>A heritage site's id; 0 for festivals held at no particular site.</summary>
    [Display(Name = nameof(ContentText.Festival_Site), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int? Site { get; set; }
}

public sealed record FestivalRow(int Id, string Name, string? Site, string? LunarDate, bool IsArchived);

public sealed class FestivalForm : ContentForm
{
    [Display(Name = nameof(ContentText.Festival_Name), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Festival_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Festival_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ContentText.Festival_HeritageSite), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int? HeritageSiteId { get; set; }

    [Display(Name = nameof(ContentText.Festival_LunarDate), Description = nameof(ContentText.Festival_LunarDate_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Label, ErrorMessageResourceName = nameof(ContentText.Festival_LunarDate_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? LunarDate { get; set; }

    [Display(Name = nameof(ContentText.Festival_DateNote), Description = nameof(ContentText.Festival_DateNote_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Festival_DateNote_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? DateNote { get; set; }

    [Display(Name = nameof(ContentText.Content_Description), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Description_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Description { get; set; }

    [Display(Name = nameof(ContentText.Festival_Recognition), Description = nameof(ContentText.Festival_Recognition_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Festival_Recognition_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Recognition { get; set; }

    [Display(Name = nameof(ContentText.Content_Sources), Description = nameof(ContentText.Content_Sources_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Sources_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Sources { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class FestivalEditPage(int? id, FestivalForm form) : EditPage<FestivalForm>(id, form)
{
    public required IReadOnlyList<SelectListItem> Sites { get; init; }

    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>> { [nameof(FestivalForm.HeritageSiteId)] = Sites };
}
