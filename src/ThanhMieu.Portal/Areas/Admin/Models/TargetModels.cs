using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class TargetFilter : ContentFilter
{
    /// <summary>A breakthrough's id; 0 for the term's general goals (no breakthrough).</summary>
    [Display(Name = "Khâu đột phá")]
    [VietnameseInput]
    public int? Breakthrough { get; set; }
}

public sealed record TargetRow(int Id, string Title, string? Breakthrough, TargetStatus Status, int? DeadlineYear, int UpdateCount, bool IsArchived);

public sealed class TargetForm : ContentForm
{
    [Display(Name = "Tên mục tiêu")]
    [Required(ErrorMessage = "Vui lòng nhập tên mục tiêu.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "Tên mục tiêu không được dài quá {1} ký tự.")]
    public string Title { get; set; } = "";

    [Display(Name = "Khâu đột phá")]
    [VietnameseInput]
    public int? BreakthroughId { get; set; }

    [Display(Name = "Mô tả")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Mô tả không được dài quá {1} ký tự.")]
    public string? Description { get; set; }

    [Display(Name = "Trạng thái")]
    [VietnameseInput]
    public TargetStatus Status { get; set; }

    [Display(Name = "Chỉ số đo", Description = "Để trống nếu mục tiêu chưa có chỉ số định lượng.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Chỉ số đo không được dài quá {1} ký tự.")]
    public string? Metric { get; set; }

    [Display(Name = "Đơn vị tính", Description = "Ví dụ: %, km, thủ tục.")]
    [StringLength(FieldLengths.Label, ErrorMessage = "Đơn vị tính không được dài quá {1} ký tự.")]
    public string? Unit { get; set; }

    [Display(Name = "Giá trị ban đầu", Description = "Để trống nếu văn bản không nêu.")]
    [VietnameseInput]
    public decimal? BaselineValue { get; set; }

    [Display(Name = "Giá trị mục tiêu", Description = "Để trống nếu văn bản không nêu.")]
    [VietnameseInput]
    public decimal? TargetValue { get; set; }

    [Display(Name = "Năm hoàn thành", Description = "Để trống nếu văn bản không nêu.")]
    [VietnameseInput]
    [Range(2000, 2100, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public int? DeadlineYear { get; set; }

    [Display(Name = "Đơn vị chủ trì")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Đơn vị chủ trì không được dài quá {1} ký tự.")]
    public string? ResponsibleBody { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Title;
}

public sealed class ProgressUpdateForm
{
    public const string Prefix = "NewUpdate";

    [Display(Name = "Ngày", Description = "Ngày ghi nhận tiến độ, dạng ngày/tháng/năm.")]
    [VietnameseInput]
    [Required(ErrorMessage = "Vui lòng nhập ngày.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Giá trị đạt được", Description = "Để trống nếu chỉ ghi nhận bằng lời.")]
    [VietnameseInput]
    public decimal? Value { get; set; }

    [Display(Name = "Nội dung")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nội dung không được dài quá {1} ký tự.")]
    public string? Note { get; set; }

    [Display(Name = "Nguồn")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nguồn không được dài quá {1} ký tự.")]
    public string? Source { get; set; }
}

public sealed record ProgressRow(int Id, DateOnly Date, string? Value, string Note, string Source);

public sealed class TargetEditPage(int? id, TargetForm form) : EditPage<TargetForm>(id, form)
{
    public const string UpdatesAnchor = "tien-do";

    public required IReadOnlyList<SelectListItem> Breakthroughs { get; init; }

    public IReadOnlyList<SelectListItem> Statuses { get; } = SelectOptions.Of<TargetStatus>(VietnameseFormat.StatusName);

    public IReadOnlyList<ProgressRow> Updates { get; init; } = [];

    public ProgressUpdateForm NewUpdate { get; init; } = new();

    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>>
        {
            [nameof(TargetForm.BreakthroughId)] = Breakthroughs,
            [nameof(TargetForm.Status)] = Statuses,
        };
}

public sealed record BreakthroughRow(int Id, string Title, int TermStartYear, int Number, int TargetCount, bool IsArchived);

public sealed class BreakthroughForm : ContentForm
{
    [Display(Name = "Tên khâu đột phá")]
    [Required(ErrorMessage = "Vui lòng nhập tên khâu đột phá.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "Tên khâu đột phá không được dài quá {1} ký tự.")]
    public string Title { get; set; } = "";

    [Display(Name = "Nhiệm kỳ bắt đầu năm", Description = "Ví dụ 2025 cho nhiệm kỳ 2025–2030.")]
    [VietnameseInput]
    [Range(2000, 2100, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public int TermStartYear { get; set; } = 2025;

    [Display(Name = "Số thứ tự", Description = "Khâu đột phá thứ mấy của nhiệm kỳ.")]
    [VietnameseInput]
    [Range(1, 20, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public int Number { get; set; } = 1;

    [Display(Name = "Tóm tắt")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Tóm tắt không được dài quá {1} ký tự.")]
    public string? Summary { get; set; }

    public override string SlugSource => Title;
}

public sealed class BreakthroughEditPage(int? id, BreakthroughForm form) : EditPage<BreakthroughForm>(id, form)
{
    public IReadOnlyList<(int Id, string Title, bool IsArchived)> Targets { get; init; } = [];
}

public static class TermLabels
{
    /// <summary>"2025–2030" for a term starting in 2025.</summary>
    public static string Term(int startYear) => $"{startYear}–{startYear + 5}";

    public static string Breakthrough(int termStartYear, int number, string title) => $"{Term(termStartYear)}, khâu {number}: {title}";
}
