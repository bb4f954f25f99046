namespace ThanhMieu.Portal.Domain;

/// <summary>What a search result is: its type label and how its public address is made.</summary>
public enum SearchKind
{
    Article,
    CongressSection,
    HeritageSite,
    Festival,
    Target,
    Indicator,
    FormerUnit,
    Document,
    Question,
    Organisation,
    Procedure,
}

/// <summary>
/// One searchable item (or one section of the congress report) as residents may see it, written by the save path
/// (<see cref="Services.SearchIndex"/>) and never edited by hand. The folded columns (no diacritics, lower case, words
/// between spaces) are what every query word must match; the original title and text (NFC) give the exact-diacritics
/// ranking and the snippet. On SQLite an FTS5 table over these columns is kept in step by triggers (ADR 0007).
/// </summary>
public class SearchEntry
{
    public int Id { get; set; }

    public SearchKind Kind { get; set; }

    /// <summary>The id of the item in its own table (the article of a congress section).</summary>
    public int ItemId { get; set; }

    /// <summary>The slug of the page the result links to (a festival's site; none for a festival at no site).</summary>
    public string? Slug { get; set; }

    /// <summary>The anchor inside that page (a congress section, a festival, a target), if any.</summary>
    public string? Fragment { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public string FoldedTitle { get; set; } = "";

    public string FoldedText { get; set; } = "";

    /// <summary>"Newer first" orders by this: an article's publish time, a document's signing day, else the last save.</summary>
    public DateTime DateUtc { get; set; }

    /// <summary>Hidden before this time (a scheduled article); null when visible as soon as saved.</summary>
    public DateTime? VisibleFromUtc { get; set; }
}
