namespace ThanhMieu.Portal.Domain;

public enum FormerUnitKind
{
    Ward = 0,
    Commune = 1,
}

/// <summary>One of the five wards and communes merged into Thanh Mieu ward on 1 July 2025.</summary>
public class FormerUnit : IVersioned, IArchivable
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public FormerUnitKind Kind { get; set; }

    public string Summary { get; set; } = "";

    public string HistoryMarkdown { get; set; } = "";

    public string HistoryHtml { get; set; } = "";

    public string Sources { get; set; } = "";

    public int SortOrder { get; set; }

    public List<HeritageSite> HeritageSites { get; set; } = [];

    public bool IsArchived { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public string? UpdatedBy { get; set; }
}
