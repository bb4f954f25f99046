using System.ComponentModel.DataAnnotations;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Resources;

namespace ThanhMieu.Portal.Areas.Admin.Models;

// Categories and tags: how articles are grouped and labelled.

public sealed record CategoryRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived, bool IsWellKnown);

public sealed class CategoryForm : ContentForm
{
    [Display(Name = nameof(ContentText.Category_Name), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Category_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Category_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ContentText.Content_Description), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Summary, ErrorMessageResourceName = nameof(ContentText.Content_Description_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Description { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed record TagRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived);

public sealed class TagForm : ContentForm
{
    [Display(Name = nameof(ContentText.Tag_Name), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Tag_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Tag_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    public override string SlugSource => Name;
}

public sealed class TaxonomyEditPage<TForm>(int? id, TForm form) : EditPage<TForm>(id, form)
    where TForm : ContentForm
{
    public int ArticleCount { get; init; }
}
