using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record FormerUnitRow(int Id, string Name, FormerUnitKind Kind, int SiteCount, bool IsArchived);

public sealed class FormerUnitForm : ContentForm
{
    [Display(Name = "Tên đơn vị", Description = "Chỉ tên riêng, ví dụ Bạch Hạc; loại (phường, xã) chọn bên dưới.")]
    [Required(ErrorMessage = "Vui lòng nhập tên đơn vị.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên đơn vị không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Loại đơn vị")]
    [VietnameseInput]
    public FormerUnitKind Kind { get; set; }

    [Display(Name = "Tóm tắt")]
    [StringLength(FieldLengths.Summary, ErrorMessage = "Tóm tắt không được dài quá {1} ký tự.")]
    public string? Summary { get; set; }

    [Display(Name = "Lịch sử", Description = "Viết bằng Markdown: ## Tiêu đề mục, **chữ đậm**, - gạch đầu dòng, [chữ liên kết](https://...). Mã HTML không được hiển thị.")]
    [StringLength(MarkdownMaxLength, ErrorMessage = "Lịch sử không được dài quá {1} ký tự.")]
    [MarkdownField]
    public string? HistoryMarkdown { get; set; }

    [Display(Name = "Nguồn tư liệu", Description = "Mỗi nguồn một dòng.")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nguồn tư liệu không được dài quá {1} ký tự.")]
    public string? Sources { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
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
