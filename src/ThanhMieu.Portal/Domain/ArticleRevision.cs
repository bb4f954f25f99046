namespace ThanhMieu.Portal.Domain;

/// <summary>
/// A snapshot of an article as saved. Every save adds one; restoring copies an old one into the article
/// and adds a new revision, so history is never rewritten.
/// </summary>
public class ArticleRevision
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>1, 2, 3 ... per article.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string Summary { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public ArticleStatus Status { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public int CategoryId { get; set; }

    public string? CoverImagePath { get; set; }

    public string? CoverImageAlt { get; set; }

    public DateTime SavedAtUtc { get; set; }

    public string SavedBy { get; set; } = "";

    /// <summary>Why the revision exists beyond a plain save, e.g. restored from revision 2 (text from AdminText).</summary>
    public string Note { get; set; } = "";
}
