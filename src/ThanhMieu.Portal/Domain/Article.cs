using System.Linq.Expressions;

namespace ThanhMieu.Portal.Domain;

/// <summary>What the editor chose: keep as a draft, publish at a set time, or publish now. Archiving is separate.</summary>
public enum ArticleStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
}

/// <summary>Where an article stands at a moment, as staff see it: a scheduled article whose time has passed is published.</summary>
public enum ArticleState
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Archived = 3,
}

public class Article : ContentItem
{
    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    /// <summary>HTML rendered from <see cref="BodyMarkdown"/> at save time; pages never render Markdown per request.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>The body's headings (level, anchor, text) as JSON, captured at save time for tables of contents.</summary>
    public string HeadingsJson { get; set; } = "[]";

    public string? CoverImagePath { get; set; }

    public string? CoverImageAlt { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    public List<Tag> Tags { get; set; } = [];

    public ArticleStatus Status { get; set; }

    /// <summary>
    /// The publication time of a page that no source dates (the seeded introductions): it is public, sorts below
    /// every dated article and shows no date (<see cref="IsUndated"/>). Seeded pages sit minutes apart after it; it is
    /// the first day the admin's publish-time field accepts, so staff can save such a page unchanged.
    /// </summary>
    public static readonly DateTime UndatedUtc = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>When the article goes (or went) public, in UTC.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    public string? Author { get; set; }

    /// <summary>Shown at the top of the home page while <see cref="PinnedUntilUtc"/> has not passed (and the article is visible).</summary>
    public bool IsPinned { get; set; }

    /// <summary>When a pinned article leaves the home page, in UTC; set whenever <see cref="IsPinned"/> is.</summary>
    public DateTime? PinnedUntilUtc { get; set; }

    /// <summary>
    /// The one rule of what residents see: not archived, in a category that is not archived, not a draft, and due.
    /// A scheduled article appears at its time with no job or restart. Every public query and the admin's
    /// "see it on the public site" link use this expression.
    /// </summary>
    public static Expression<Func<Article, bool>> VisibleAt(DateTime utcNow) =>
        a => !a.IsArchived && !a.Category!.IsArchived
            && a.Status != ArticleStatus.Draft
            && a.PublishedAtUtc != null && a.PublishedAtUtc <= utcNow;

    /// <summary>True for a time on the day of <see cref="UndatedUtc"/>: the page shows no date.</summary>
    public static bool IsUndated(DateTime publishedAtUtc) => publishedAtUtc < UndatedUtc.AddDays(1);

    /// <summary>Pinned and not yet expired at <paramref name="utcNow"/>; combine with <see cref="VisibleAt"/>.</summary>
    public static Expression<Func<Article, bool>> PinnedAt(DateTime utcNow) =>
        a => a.IsPinned && a.PinnedUntilUtc != null && a.PinnedUntilUtc > utcNow;

    /// <summary>The state shown in the admin lists and counted on the dashboard.</summary>
    public ArticleState StateAt(DateTime utcNow) => StateOf(IsArchived, Status, PublishedAtUtc, utcNow);

    /// <summary>The same from the columns, for a query's projection; <see cref="InState"/> is its filter form.</summary>
    public static ArticleState StateOf(bool isArchived, ArticleStatus status, DateTime? publishedAtUtc, DateTime utcNow) =>
        isArchived ? ArticleState.Archived
            : status == ArticleStatus.Draft ? ArticleState.Draft
            : publishedAtUtc is not { } at || at > utcNow ? ArticleState.Scheduled
            : ArticleState.Published;

    /// <summary>Articles in <paramref name="state"/> at <paramref name="utcNow"/>, as a query the database answers.</summary>
    public static Expression<Func<Article, bool>> InState(ArticleState state, DateTime utcNow) =>
        state switch
        {
            ArticleState.Archived => a => a.IsArchived,
            ArticleState.Draft => a => !a.IsArchived && a.Status == ArticleStatus.Draft,
            ArticleState.Scheduled => a => !a.IsArchived && a.Status != ArticleStatus.Draft && (a.PublishedAtUtc == null || a.PublishedAtUtc > utcNow),
            _ => a => !a.IsArchived && a.Status != ArticleStatus.Draft && a.PublishedAtUtc != null && a.PublishedAtUtc <= utcNow,
        };
}

public class Category : ContentItem
{
    /// <summary>Well-known slug of the category whose newest article is the congress report.</summary>
    public const string CongressSlug = "dai-hoi";

    public const string NewsSlug = "tin-tuc";

    /// <summary>Well-known slug of the announcements, listed on their own page (/thong-bao).</summary>
    public const string AnnouncementsSlug = "thong-bao";

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public int SortOrder { get; set; }
}

public class Tag : ContentItem
{
    public required string Name { get; set; }

    public List<Article> Articles { get; set; } = [];
}
