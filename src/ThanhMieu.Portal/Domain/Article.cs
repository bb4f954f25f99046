namespace ThanhMieu.Portal.Domain;

public enum ArticleStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Archived = 3,
}

public class Article : IVersioned
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

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

    /// <summary>When the article goes (or went) public, in UTC.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public bool IsVisibleAt(DateTime utcNow) =>
        Status is ArticleStatus.Published or ArticleStatus.Scheduled
        && PublishedAtUtc is { } at && at <= utcNow;
}

public class Category : IVersioned, IArchivable
{
    /// <summary>Well-known slug of the category whose newest article is the congress report.</summary>
    public const string CongressSlug = "dai-hoi";

    public const string NewsSlug = "tin-tuc";

    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string Description { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsArchived { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public class Tag : IVersioned, IArchivable
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public List<Article> Articles { get; set; } = [];

    public bool IsArchived { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
