using System.ComponentModel.DataAnnotations;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;

namespace ThanhMieu.Portal.Areas.Admin.Models;

// Categories and tags: how articles are grouped and labelled.

public sealed record CategoryRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived, bool IsWellKnown);

public sealed class CategoryForm : ContentForm
{
    [Display(Name = "Tên chuyên mục")]
    [Required(ErrorMessage = "Vui lòng nhập tên chuyên mục.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên chuyên mục không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Mô tả")]
    [StringLength(FieldLengths.Summary, ErrorMessage = "Mô tả không được dài quá {1} ký tự.")]
    public string? Description { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed record TagRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived);

public sealed class TagForm : ContentForm
{
    [Display(Name = "Tên thẻ")]
    [Required(ErrorMessage = "Vui lòng nhập tên thẻ.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên thẻ không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    public override string SlugSource => Name;
}

public sealed class TaxonomyEditPage<TForm>(int? id, TForm form) : EditPage<TForm>(id, form)
    where TForm : ContentForm
{
    public int ArticleCount { get; init; }
}
