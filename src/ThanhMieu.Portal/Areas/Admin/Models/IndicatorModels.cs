using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class IndicatorFilter : ContentFilter
{
    [Display(Name = "Nhóm")]
    [VietnameseInput]
    public IndicatorGroup? Group { get; set; }
}

public sealed record IndicatorRow(int Id, string Name, IndicatorGroup Group, string Unit, int ObservationCount, bool IsKeyFigure, bool IsArchived);

public sealed class IndicatorForm : ContentForm
{
    [Display(Name = "Tên chỉ tiêu")]
    [Required(ErrorMessage = "Vui lòng nhập tên chỉ tiêu.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Tên chỉ tiêu không được dài quá {1} ký tự.")]
    public string Name { get; set; } = "";

    [Display(Name = "Nhóm")]
    [VietnameseInput]
    public IndicatorGroup Group { get; set; }

    [Display(Name = "Đơn vị tính", Description = "Hiển thị sau giá trị, ví dụ: %, tỷ đồng, hộ. Để trống nếu không có.")]
    [StringLength(FieldLengths.Label, ErrorMessage = "Đơn vị tính không được dài quá {1} ký tự.")]
    public string? Unit { get; set; }

    [Display(Name = "Mô tả")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Mô tả không được dài quá {1} ký tự.")]
    public string? Description { get; set; }

    [Display(Name = "Hiển thị trong “Số liệu nổi bật” ở trang chủ")]
    public bool IsKeyFigure { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

/// <summary>One observation's form. Each row of the edit screen is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class ObservationForm
{
    public const string NewPrefix = "NewObservation";

    public static string PrefixFor(int id) => "Observation" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    [Display(Name = "Từ năm", Description = "Chỉ khi số liệu tính cho cả giai đoạn, ví dụ 2020 (cho 2020–2025).")]
    [VietnameseInput]
    [Range(1900, 2100, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public int? StartYear { get; set; }

    [Display(Name = "Năm", Description = "Để trống nếu nguồn không nêu năm.")]
    [VietnameseInput]
    [Range(1900, 2100, ErrorMessage = "{0} phải từ {1} đến {2}.")]
    public int? Year { get; set; }

    [Display(Name = "Giá trị", Description = "Ví dụ 0,27 hoặc 15.200 (dấu phẩy cho phần thập phân, dấu chấm ngăn cách hàng nghìn).")]
    [VietnameseInput]
    [Required(ErrorMessage = "Vui lòng nhập giá trị.")]
    public decimal? Value { get; set; }

    [Display(Name = "Trên tổng số", Description = "Chỉ khi giá trị là một phần của tổng, ví dụ 20 trên 20 trường.")]
    [VietnameseInput]
    public decimal? OutOf { get; set; }

    [Display(Name = "Cách nêu giá trị")]
    [VietnameseInput]
    public ValueQualifier Qualifier { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }

    [Display(Name = "Nguồn")]
    [StringLength(FieldLengths.Note, ErrorMessage = "Nguồn không được dài quá {1} ký tự.")]
    public string? Source { get; set; }

    [Display(Name = "Thứ tự", Description = "Số nhỏ hiển thị trước.")]
    [VietnameseInput]
    public int SortOrder { get; set; }
}

/// <summary>A saved observation as the public site shows it, with its form.</summary>
public sealed record ObservationRow(ObservationForm Form, string Period, string Value);

public sealed class IndicatorEditPage(int? id, IndicatorForm form) : EditPage<IndicatorForm>(id, form)
{
    /// <summary>The id of the observations section, where saves of an observation return to.</summary>
    public const string ObservationsAnchor = "so-lieu";

    public IReadOnlyList<SelectListItem> Groups { get; } = SelectOptions.Of<IndicatorGroup>(VietnameseFormat.GroupName);

    public static IReadOnlyList<SelectListItem> Qualifiers() =>
        SelectOptions.Of<ValueQualifier>(q => VietnameseFormat.Qualifier(q) is { Length: > 0 } word
            ? char.ToUpper(word[0], VietnameseFormat.Culture) + word[1..] + " …"
            : "Đúng bằng giá trị (không kèm từ)");

    public IReadOnlyList<ObservationRow> Observations { get; init; } = [];

    public ObservationForm NewObservation { get; init; } = new();

    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>> { [nameof(IndicatorForm.Group)] = Groups };
}
