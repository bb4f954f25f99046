namespace ThanhMieu.Portal.Domain;

public enum LegalDocumentType
{
    Resolution = 0,
    Decision = 1,
    Plan = 2,
    Notice = 3,
    Report = 4,
    BudgetDisclosure = 5,
    Other = 6,
}

public enum LegalDocumentStatus
{
    InForce = 0,
    Replaced = 1,
    Expired = 2,
}

/// <summary>
/// An entry of the documents register (/van-ban): a legal or administrative document by its number and symbol, with
/// who issued and signed it, when, what it is about and whether it still applies. There are no drafts: a saved
/// document shows unless it is archived.
/// </summary>
public class LegalDocument : ContentItem
{
    /// <summary>The number and symbol as printed, e.g. "1676/NQ-UBTVQH15".</summary>
    public required string DocumentNumber { get; set; }

    public LegalDocumentType Type { get; set; }

    public string IssuingBody { get; set; } = "";

    /// <summary>Empty when the sources do not name the signer.</summary>
    public string? Signer { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>The document's own summary line (trich yeu).</summary>
    public string Summary { get; set; } = "";

    /// <summary>The field it belongs to (free text, e.g. administrative organisation); empty when none is given.</summary>
    public string? Field { get; set; }

    public LegalDocumentStatus Status { get; set; }

    /// <summary>The earlier document this one replaces; the other side shows it as "replaced by".</summary>
    public int? ReplacesId { get; set; }

    public LegalDocument? Replaces { get; set; }

    public List<LegalDocument> ReplacedBy { get; set; } = [];

    /// <summary>Where the facts come from, one source per line.</summary>
    public string Sources { get; set; } = "";

    /// <summary>
    /// The number, summary and issuing body folded (<see cref="Services.Slugifier.Fold"/>) at save, so the public search
    /// ignores diacritics and treats "/" and "-" alike with a plain LIKE. To be replaced by full-text search.
    /// </summary>
    public string SearchText { get; set; } = "";

    public List<LegalDocumentFile> Files { get; set; } = [];

    /// <summary>Sets the folded search text from the fields residents search by.</summary>
    public void UpdateSearchText() => SearchText = Services.Slugifier.Fold(string.Join(' ', DocumentNumber, Summary, IssuingBody));
}

/// <summary>A PDF of a document, stored in the media folder under a server-made name and served only as a download.</summary>
public class LegalDocumentFile : ChildRow
{
    public int LegalDocumentId { get; set; }

    public LegalDocument? LegalDocument { get; set; }

    /// <summary>What the link says (e.g. the signed text, an appendix).</summary>
    public string Title { get; set; } = "";

    /// <summary>Server-generated, e.g. "3f2a...c1.pdf"; the file's name in the media folder.</summary>
    public string FileName { get; set; } = "";

    public string OriginalName { get; set; } = "";

    public long Length { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
