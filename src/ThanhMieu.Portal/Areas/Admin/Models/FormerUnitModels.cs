using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record FormerUnitRow(int Id, string Name, FormerUnitKind Kind, int SiteCount, bool IsArchived);

public sealed class FormerUnitForm : ContentForm
{
    [Display(Name = nameof(ContentText.FormerUnit_Name), Description = nameof(ContentText.FormerUnit_Name_Hint), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.FormerUnit_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.FormerUnit_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ContentText.FormerUnit_Kind), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public FormerUnitKind Kind { get; set; }

    [Display(Name = nameof(ContentText.Content_Summary), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Summary, ErrorMessageResourceName = nameof(ContentText.Content_Summary_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Summary { get; set; }

    [Display(Name = nameof(ContentText.FormerUnit_History), Description = nameof(ContentText.Content_Markdown_Hint), ResourceType = typeof(ContentText))]
    [StringLength(MarkdownMaxLength, ErrorMessageResourceName = nameof(ContentText.FormerUnit_History_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    [MarkdownField]
    public string? HistoryMarkdown { get; set; }

    [Display(Name = nameof(ContentText.Content_Sources), Description = nameof(ContentText.Content_Sources_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Sources_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Sources { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class FormerUnitEditPage(int? id, FormerUnitForm form) : EditPage<FormerUnitForm>(id, form)
{
    public IReadOnlyList<SelectListItem> Kinds { get; } = SelectOptions.Of<FormerUnitKind>(VietnameseFormat.KindName);

    public IReadOnlyList<(int Id, string Name, bool IsArchived)> Sites { get; init; } = [];


    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>> { [nameof(FormerUnitForm.Kind)] = Kinds };
}
