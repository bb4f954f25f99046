using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

/// <summary>The article list's query string: text, status, category and page.</summary>
public sealed class ArticleFilter
{
    [StringLength(FieldLengths.Title)]
    public string? Q { get; set; }

    public ArticleStatus? Status { get; set; }

    public int? CategoryId { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record ArticleRow(
    int Id, string Title, string Slug, string CategoryName, ArticleStatus Status, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc, string? Author);

public sealed record CategoryOption(int Id, string Name);

public sealed record TagOption(int Id, string Name);

public sealed record ArticleListViewModel(
    ArticleFilter Filter, IReadOnlyList<ArticleRow> Articles, Paging Paging, IReadOnlyList<CategoryOption> Categories);

/// <summary>
/// What the article form posts. Values a browser can only send malformed when the page was tampered with
/// (category, tags, status, stamp) are typed, and the controller answers 400 when they fail to bind; the publish time
/// is a string so that a hand-typed value gets a Vietnamese message instead. The select options ride along for display.
/// </summary>
public sealed partial class ArticleForm
{
    /// <summary>
    /// Far above the longest real article (the congress report is some tens of thousands of characters), low enough to
    /// keep one save cheap to render, diff and store.
    /// </summary>
    public const int BodyMaxLength = 200_000;

    /// <summary>The value format of <c>&lt;input type="datetime-local"&gt;</c>.</summary>
    public const string LocalInputFormat = "yyyy-MM-ddTHH:mm";

    private static readonly string[] LocalInputFormats = [LocalInputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    [Display(Name = "Tiêu đề")]
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "Tiêu đề không được dài quá {1} ký tự.")]
    public string Title { get; set; } = "";

    [Display(Name = "Đường dẫn")]
    [StringLength(FieldLengths.Slug, ErrorMessage = "Đường dẫn không được dài quá {1} ký tự.")]
    public string? Slug { get; set; }

    [Display(Name = "Tóm tắt")]
    [StringLength(FieldLengths.Summary, ErrorMessage = "Tóm tắt không được dài quá {1} ký tự.")]
    public string? Summary { get; set; }

    [Display(Name = "Chuyên mục")]
    [Required(ErrorMessage = "Vui lòng chọn chuyên mục.")]
    public int? CategoryId { get; set; }

    [Display(Name = "Thẻ")]
    public List<int> TagIds { get; set; } = [];

    [Display(Name = "Nội dung (Markdown)")]
    [StringLength(BodyMaxLength, ErrorMessage = "Nội dung không được dài quá {1} ký tự.")]
    public string? BodyMarkdown { get; set; }

    [Display(Name = "Ảnh bìa")]
    [StringLength(FieldLengths.Path, ErrorMessage = "Đường dẫn ảnh bìa không được dài quá {1} ký tự.")]
    public string? CoverImagePath { get; set; }

    [Display(Name = "Mô tả ảnh bìa")]
    [StringLength(FieldLengths.AltText, ErrorMessage = "Mô tả ảnh bìa không được dài quá {1} ký tự.")]
    public string? CoverImageAlt { get; set; }

    // A missing status binds to Draft, the safe default; [Required] only gives the client-side hint a Vietnamese text.
    [Display(Name = "Trạng thái")]
    [Required(ErrorMessage = "Vui lòng chọn trạng thái.")]
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>Publish time as entered: Vietnam time in the <see cref="LocalInputFormat"/> of a datetime-local input.</summary>
    [Display(Name = "Thời gian đăng (giờ Việt Nam)")]
    [StringLength(32, ErrorMessage = "Thời gian đăng không hợp lệ.")]
    public string? PublishAt { get; set; }

    /// <summary>The stamp of the version the form was loaded from; a save based on an older one is a conflict.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    [BindNever]
    public IReadOnlyList<CategoryOption> Categories { get; set; } = [];

    [BindNever]
    public IReadOnlyList<TagOption> Tags { get; set; } = [];

    /// <summary>The body as the renderer turns it into HTML (sanitised), shown beside the textarea.</summary>
    [BindNever]
    public string PreviewHtml { get; set; } = "";

    /// <summary>Fields whose posted value can only be malformed if the page was tampered with.</summary>
    public static readonly string[] MachineFields = [nameof(CategoryId), nameof(TagIds), nameof(Status), nameof(ConcurrencyStamp)];

    public static string StatusName(ArticleStatus status) =>
        status switch
        {
            ArticleStatus.Draft => "Nháp",
            ArticleStatus.Scheduled => "Hẹn giờ",
            ArticleStatus.Published => "Đã xuất bản",
            ArticleStatus.Archived => "Lưu trữ",
            _ => status.ToString(),
        };

    /// <summary>A UTC time as the value of a datetime-local input showing Vietnam time.</summary>
    public static string ToInputValue(DateTime utc) =>
        VietnameseFormat.ToVietnamTime(utc).ToString(LocalInputFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The entered Vietnam time in UTC; null when nothing was entered. False when the text is not a time the form
    /// accepts (the range keeps the conversion, and the database, away from DateTime's edges).
    /// </summary>
    public bool TryGetPublishAtUtc(out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(PublishAt))
        {
            return true;
        }

        if (!DateTime.TryParseExact(PublishAt.Trim(), LocalInputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year is < 2000 or > 2100)
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnameseFormat.VietnamTime);
        return true;
    }

    /// <summary>True for a path the media library serves: /media/ then safe path segments, none starting with a dot.</summary>
    public static bool IsMediaPath(string path) => MediaPath().IsMatch(path);

    /// <summary>
    /// Rules across fields. Called by the editor service on every save rather than through IValidatableObject, which
    /// MVC skips when any single field is invalid: staff should see every problem of a form at once.
    /// </summary>
    public IEnumerable<ValidationResult> CheckRules()
    {
        if (!string.IsNullOrWhiteSpace(Slug) && !Slugifier.IsWellFormed(Slug.Trim()))
        {
            var suggestion = Slugifier.Slugify(Slug);
            yield return new ValidationResult(
                $"Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {Slugifier.MaxLength} ký tự"
                + (suggestion.Length > 0 ? $", ví dụ: {suggestion}." : "."),
                [nameof(Slug)]);
        }

        var hasCover = !string.IsNullOrWhiteSpace(CoverImagePath);
        if (hasCover && !IsMediaPath(CoverImagePath!.Trim()))
        {
            yield return new ValidationResult(
                "Ảnh bìa phải là ảnh trong thư viện ảnh, có dạng /media/ten-tep.webp.", [nameof(CoverImagePath)]);
        }

        if (hasCover && string.IsNullOrWhiteSpace(CoverImageAlt))
        {
            yield return new ValidationResult(
                "Vui lòng nhập mô tả ảnh bìa cho người không xem được ảnh.", [nameof(CoverImageAlt)]);
        }

        if (!TryGetPublishAtUtc(out var publishAt))
        {
            yield return new ValidationResult(
                "Thời gian đăng không hợp lệ. Vui lòng chọn ngày và giờ, ví dụ 08:00 ngày 15/01/2026.", [nameof(PublishAt)]);
        }
        else if (Status == ArticleStatus.Scheduled && publishAt is null)
        {
            yield return new ValidationResult("Bài hẹn giờ cần có thời gian đăng.", [nameof(PublishAt)]);
        }
    }

    [GeneratedRegex(@"^/media/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaPath();
}

/// <summary>The create and edit screen: the form and what the browser script needs.</summary>
public sealed record ArticleEditorViewModel(
    int? Id,
    ArticleForm Form,
    DateTime? UpdatedAtUtc,
    int RevisionCount,
    string? PublicUrl)
{
    /// <summary>The browser keeps its unsaved copy under this key: the article's id, or "new".</summary>
    public string DraftKey => Id?.ToString(CultureInfo.InvariantCulture) ?? "new";

    /// <summary>Set right after a save, so the script drops the unsaved copies that save made obsolete.</summary>
    public string? ClearDraftKeys { get; init; }
}

/// <summary>A save based on an old version: the saved one and the user's, side by side, with a form to merge them.</summary>
public sealed record ArticleConflictViewModel(
    int Id,
    string CurrentTitle,
    string CurrentBodyMarkdown,
    string? CurrentSavedBy,
    DateTime CurrentUpdatedAtUtc,
    ArticleForm Mine,
    TextDiff TitleDiff,
    TextDiff BodyDiff);

public sealed record RevisionRow(int Number, DateTime SavedAtUtc, string SavedBy, string Title, ArticleStatus Status, string Note);

public sealed record ArticleRevisionsViewModel(int Id, string Title, IReadOnlyList<RevisionRow> Revisions);

/// <summary>A field shown before and after, for the compare screen's table of changes.</summary>
public sealed record FieldChange(string Name, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

public sealed record ArticleCompareViewModel(
    int Id,
    string Title,
    IReadOnlyList<RevisionRow> Revisions,
    RevisionRow From,
    RevisionRow To,
    IReadOnlyList<FieldChange> Fields,
    TextDiff TitleDiff,
    TextDiff SummaryDiff,
    TextDiff BodyDiff);

public enum DiffChange
{
    Unchanged = 0,
    Inserted = 1,
    Deleted = 2,
}

public enum DiffLineKind
{
    Unchanged = 0,
    Inserted = 1,
    Deleted = 2,

    /// <summary>Changed word by word: the segments say which words went and came.</summary>
    Changed = 3,

    /// <summary>Stands for a run of unchanged lines that is not shown.</summary>
    Folded = 4,
}

public sealed record DiffSegment(string Text, DiffChange Change);

public sealed record DiffLine(DiffLineKind Kind, IReadOnlyList<DiffSegment> Segments, int FoldedCount = 0);

public sealed record TextDiff(IReadOnlyList<DiffLine> Lines)
{
    public bool HasChanges => Lines.Any(l => l.Kind is not (DiffLineKind.Unchanged or DiffLineKind.Folded));
}

public sealed record FieldError(string Field, string Message);

public enum ArticleSaveStatus
{
    Saved = 0,
    Invalid = 1,
    NotFound = 2,
    Conflict = 3,
}

/// <summary>What a save did: the saved article, field errors, or the conflict to show.</summary>
public sealed record ArticleSaveResult(
    ArticleSaveStatus Status,
    Article? Article = null,
    IReadOnlyList<FieldError>? Errors = null,
    ArticleConflictViewModel? Conflict = null,
    string? Message = null);
