namespace ThanhMieu.Portal.Domain;

public enum HeritageKind
{
    Den = 0,
    Chua = 1,
    Dinh = 2,
    Other = 3,

    /// <summary>A dinh (communal house) and a chua (pagoda) recognised together as one relic.</summary>
    DinhChua = 4,
}

public class HeritageSite : ContentItem
{
    public required string Name { get; set; }

    public HeritageKind Kind { get; set; }

    public int? FormerUnitId { get; set; }

    public FormerUnit? FormerUnit { get; set; }

    public string Summary { get; set; } = "";

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    /// <summary>Recognition as published (e.g. a national historic site, with its year); empty when none is known.</summary>
    public string? RecognitionLevel { get; set; }

    public string? Address { get; set; }

    /// <summary>Only from a source; never estimated.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Where the facts come from, one source per line.</summary>
    public string Sources { get; set; } = "";

    public int SortOrder { get; set; }

    public List<Festival> Festivals { get; set; } = [];

    public List<HeritagePhoto> Photos { get; set; } = [];
}

/// <summary>
/// A photo of a site's gallery: an image of the media library with the words that go with it here. Removing the photo
/// from the gallery leaves the image in the library.
/// </summary>
public class HeritagePhoto : ChildRow
{
    public int HeritageSiteId { get; set; }

    public HeritageSite? HeritageSite { get; set; }

    public int MediaAssetId { get; set; }

    public MediaAsset? MediaAsset { get; set; }

    /// <summary>What the photo shows, for those who cannot see it; required.</summary>
    public string AltText { get; set; } = "";

    public string? Caption { get; set; }

    public int SortOrder { get; set; }
}

public class Festival : ContentItem
{
    public required string Name { get; set; }

    /// <summary>The site it is held at; empty when the sources name none.</summary>
    public int? HeritageSiteId { get; set; }

    public HeritageSite? HeritageSite { get; set; }

    /// <summary>Lunar date(s) as day/month, e.g. "9/3"; empty when no source gives one.</summary>
    public string? LunarDate { get; set; }

    /// <summary>Conflicting or uncertain dates and details, stated with their sources.</summary>
    public string? DateNote { get; set; }

    public string Description { get; set; } = "";

    public string? Recognition { get; set; }

    public string Sources { get; set; } = "";

    public int SortOrder { get; set; }
}
