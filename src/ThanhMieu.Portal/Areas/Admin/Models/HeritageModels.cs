using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record HeritageSiteRow(int Id, string Name, HeritageKind Kind, string? FormerUnit, int FestivalCount, bool IsArchived);

public sealed class HeritageSiteForm : ContentForm
{
    [Display(Name = "Tên di sản")]
    [Required(ErrorMessage = "Vui lòng nhập tên di sản.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên di sản không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Loại hình")]
    [VietnameseInput]
    public HeritageKind Kind { get; set; }

    [Display(Name = "Thuộc địa bàn (trước sắp xếp)")]
    [VietnameseInput]
    public int? FormerUnitId { get; set; }

    [Display(Name = "Tóm tắt", Description = "Một hai câu, hiển thị trong danh sách di sản.")]
    [StringLength(FieldLengths.Summary, ErrorMessage = "Tóm tắt không được dài quá {1} ký tự.")]
    public string? Summary { get; set; }

    [Display(Name = "Mô tả", Description = "Viết bằng Markdown: ## Tiêu đề mục, **chữ đậm**, - gạch đầu dòng, [chữ liên kết](https://...). Mã HTML không được hiển thị.")]
    [StringLength(MarkdownMaxLength, ErrorMessage = "Mô tả không được dài quá {1} ký tự.")]
    [MarkdownField]
    public string? DescriptionMarkdown { get; set; }

    [Display(Name = "Xếp hạng di tích", Description = "Ví dụ: Di tích lịch sử cấp quốc gia (2010). Để trống nếu chưa có nguồn.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Xếp hạng không được dài quá {1} ký tự.")]
    public string? RecognitionLevel { get; set; }

    [Display(Name = "Địa chỉ")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Địa chỉ không được dài quá {1} ký tự.")]
    public string? Address { get; set; }

    [Display(Name = "Vĩ độ", Description = "Chỉ nhập khi có nguồn, ví dụ 21,3189. Để trống cả vĩ độ và kinh độ nếu chưa có.")]
    [CoordinateInput]
    [Range(-90d, 90d, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public double? Latitude { get; set; }

    [Display(Name = "Kinh độ", Description = "Ví dụ 105,4303.")]
    [CoordinateInput]
    [Range(-180d, 180d, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public double? Longitude { get; set; }

    [Display(Name = "Nguồn tư liệu", Description = "Mỗi nguồn một dòng.")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nguồn tư liệu không được dài quá {1} ký tự.")]
    public string? Sources { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
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
    [Display(Name = "Di tích")]
    [VietnameseInput]
    public int? Site { get; set; }
}

public sealed record FestivalRow(int Id, string Name, string? Site, string? LunarDate, bool IsArchived);

public sealed class FestivalForm : ContentForm
{
    [Display(Name = "Tên lễ hội")]
    [Required(ErrorMessage = "Vui lòng nhập tên lễ hội.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên lễ hội không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Tổ chức tại di tích")]
    [VietnameseInput]
    public int? HeritageSiteId { get; set; }

    [Display(Name = "Ngày âm lịch", Description = "Ngày/tháng âm lịch, ví dụ 9/3. Để trống nếu nguồn không nêu.")]
    [StringLength(FieldLengths.Label, ErrorMessage = "Ngày âm lịch không được dài quá {1} ký tự.")]
    public string? LunarDate { get; set; }

    [Display(Name = "Ghi chú về ngày", Description = "Khi các nguồn ghi khác nhau hoặc chưa chắc chắn, nêu rõ từng nguồn.")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Ghi chú về ngày không được dài quá {1} ký tự.")]
    public string? DateNote { get; set; }

    [Display(Name = "Mô tả")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Mô tả không được dài quá {1} ký tự.")]
    public string? Description { get; set; }

    [Display(Name = "Công nhận", Description = "Ví dụ: Di sản văn hóa phi vật thể quốc gia (2019). Để trống nếu chưa có nguồn.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Công nhận không được dài quá {1} ký tự.")]
    public string? Recognition { get; set; }

    [Display(Name = "Nguồn tư liệu", Description = "Mỗi nguồn một dòng.")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nguồn tư liệu không được dài quá {1} ký tự.")]
    public string? Sources { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
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
