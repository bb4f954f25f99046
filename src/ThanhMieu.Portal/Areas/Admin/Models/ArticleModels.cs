using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Models;

/// <summary>The article list's query string: the shared filter, plus the state staff see and the category.</summary>
public sealed class ArticleFilter : ContentFilter
{
    public ArticleState? Status { get; set; }

    public int? CategoryId { get; set; }
}

public sealed record ArticleRow(
    int Id, string Title, string CategoryName, ArticleState State, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc, bool IsArchived);

/// <summary>
/// What the article form posts. Values a browser can only send malformed when the page was tampered with
/// (category, tags, status, stamp) are typed, and the controller answers 400 when they fail to bind; the publish time
/// is a string so that a hand-typed value gets a Vietnamese message instead.
/// </summary>
public sealed partial class ArticleForm : ContentForm
{
    /// <summary>
    /// Far above the longest real article (the congress report is some tens of thousands of characters), low enough to
    /// keep one save cheap to render, diff and store.
    /// </summary>
    public const int BodyMaxLength = 200_000;

    /// <summary>The value format of <c>&lt;input type="datetime-local"&gt;</c>.</summary>
    public const string LocalInputFormat = "yyyy-MM-ddTHH:mm";

    private static readonly string[] LocalInputFormats = [LocalInputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    [Required, StringLength(FieldLengths.Title)]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Summary)]
    public string? Summary { get; set; }

    [Required]
    public int? CategoryId { get; set; }

    public List<int> TagIds { get; set; } = [];

    [StringLength(BodyMaxLength), MarkdownField]
    public string? BodyMarkdown { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? CoverImagePath { get; set; }

    [StringLength(FieldLengths.AltText)]
    public string? CoverImageAlt { get; set; }

    // A missing status binds to Draft, the safe default; [Required] only gives the client-side hint a Vietnamese text.
    [Required]
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>Publish time as entered: Vietnam time in the <see cref="LocalInputFormat"/> of a datetime-local input.</summary>
    [StringLength(32)]
    public string? PublishAt { get; set; }

    /// <summary>Shown at the top of the home page until the end of <see cref="PinnedUntil"/>.</summary>
    public bool IsPinned { get; set; }

    /// <summary>The last day (Vietnam time) a pinned article stays on the home page.</summary>
    public DateOnly? PinnedUntil { get; set; }

    public override string SlugSource => Title;

    /// <summary>The choices and the rendered body ride along with the form for its partial; never posted.</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> Categories { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Tags { get; set; } = [];

    [BindNever]
    public string? PreviewHtml { get; set; }

    public override IReadOnlyList<string> MachineFields => [nameof(CategoryId), nameof(TagIds), nameof(Status), nameof(ConcurrencyStamp)];

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

    /// <summary>When a pin ending on <paramref name="lastDay"/> expires: the next midnight in Vietnam, in UTC.</summary>
    public static DateTime PinExpiryUtc(DateOnly lastDay) =>
        TimeZoneInfo.ConvertTimeToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnameseFormat.VietnamTime);

    /// <summary>The last day of a pin that expires at <paramref name="expiryUtc"/> (the inverse of <see cref="PinExpiryUtc"/>).</summary>
    public static DateOnly PinLastDay(DateTime expiryUtc) =>
        DateOnly.FromDateTime(VietnameseFormat.ToVietnamTime(expiryUtc).AddTicks(-1));

    /// <summary>True for a path the media library serves: /media/ then safe path segments, none starting with a dot.</summary>
    public static bool IsMediaPath(string path) => MediaPath().IsMatch(path);

    /// <summary>
    /// Rules across fields, checked on every save by the article service rather than through IValidatableObject,
    /// which MVC skips when any single field is invalid: staff should see every problem of a form at once.
    /// </summary>
    public IEnumerable<ValidationResult> CheckRules()
    {
        var hasCover = !string.IsNullOrWhiteSpace(CoverImagePath);
        if (hasCover && !IsMediaPath(CoverImagePath!.Trim()))
        {
            yield return new ValidationResult(AdminText.Article_Cover_NotMedia, [nameof(CoverImagePath)]);
        }

        if (hasCover && string.IsNullOrWhiteSpace(CoverImageAlt))
        {
            yield return new ValidationResult(AdminText.Article_CoverAlt_Required, [nameof(CoverImageAlt)]);
        }

        if (!TryGetPublishAtUtc(out var publishAt))
        {
            yield return new ValidationResult(AdminText.Article_PublishAt_Unreadable, [nameof(PublishAt)]);
        }
        else if (Status == ArticleStatus.Scheduled && publishAt is null)
        {
            yield return new ValidationResult(AdminText.Article_PublishAt_RequiredWhenScheduled, [nameof(PublishAt)]);
        }

        if (IsPinned && PinnedUntil is null)
        {
            yield return new ValidationResult(AnnouncementsText.Article_PinnedUntil_RequiredWhenPinned, [nameof(PinnedUntil)]);
        }
    }

    [GeneratedRegex(@"^/media/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaPath();
}

/// <summary>The create and edit screen of an article: the shared edit page, the choices, and what the browser script needs.</summary>
public sealed class ArticleEditPage(int? id, ArticleForm form) : EditPage<ArticleForm>(id, form)
{
    public static IReadOnlyList<SelectListItem> Statuses =>
        Enum.GetValues<ArticleStatus>().Select(s => new SelectListItem(VietnameseFormat.StatusName(s), s.ToString())).ToList();

    public override string? PreviewHtml
    {
        get => Form.PreviewHtml;
        set => Form.PreviewHtml = value;
    }

    /// <summary>When the shown version was saved (null while creating): the script compares its unsaved copy with it.</summary>
    public DateTime? UpdatedAtUtc { get; init; }

    public int RevisionCount { get; init; }

    /// <summary>The browser keeps its unsaved copy under this key: the article's id, or "new".</summary>
    public string DraftKey => Id?.ToString(CultureInfo.InvariantCulture) ?? "new";

    /// <summary>Set right after a save, so the script drops the unsaved copies that save made obsolete.</summary>
    public string? ClearDraftKeys { get; set; }
}
