namespace ThanhMieu.Portal.Domain;

public enum FormerUnitKind
{
    Ward = 0,
    Commune = 1,
}

/// <summary>One of the five wards and communes merged into Thanh Mieu ward on 1 July 2025.</summary>
public class FormerUnit : ContentItem
{
    public required string Name { get; set; }

    public FormerUnitKind Kind { get; set; }

    public string Summary { get; set; } = "";

    public string HistoryMarkdown { get; set; } = "";

    public string HistoryHtml { get; set; } = "";

    public string Sources { get; set; } = "";

    public int SortOrder { get; set; }

    public List<HeritageSite> HeritageSites { get; set; } = [];
}
