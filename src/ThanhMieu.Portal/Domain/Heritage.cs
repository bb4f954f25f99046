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

    /// <summary>
    /// The lunar date as free text, from before the dates were data (<see cref="Dates"/>): emptied when converted, kept
    /// only where the conversion could not read it, and then shown as written (ADR 0010).
    /// </summary>
    public string? LunarDate { get; set; }

    /// <summary>The lunar dates the sources give, each version with its source; empty when no source gives one.</summary>
    public List<FestivalDate> Dates { get; set; } = [];

    /// <summary>Conflicting or uncertain dates and details, stated with their sources.</summary>
    public string? DateNote { get; set; }

    public string Description { get; set; } = "";

    public string? Recognition { get; set; }

    public string Sources { get; set; } = "";

    public int SortOrder { get; set; }
}

/// <summary>
/// One lunar date (or run of days) of a festival as one source gives it. Sources that disagree give separate rows, each
/// with its source, and none is preferred. Day and month are of the lunar calendar; the solar dates are computed
/// (<see cref="Services.FestivalCalendar"/>).
/// </summary>
public class FestivalDate : ChildRow
{
    public int FestivalId { get; set; }

    public Festival? Festival { get; set; }

    /// <summary>The lunar day, 1 to 30.</summary>
    public int Day { get; set; }

    /// <summary>The lunar month, 1 to 12.</summary>
    public int Month { get; set; }

    /// <summary>The last day of a run of days in the same month ("3-5/1"); null for a single day.</summary>
    public int? EndDay { get; set; }

    /// <summary>The leap month of that number; a year without it has no such date.</summary>
    public bool IsLeapMonth { get; set; }

    /// <summary>Which source gives this date, as the festival's sources name it; empty when only the festival's sources say.</summary>
    public string Source { get; set; } = "";

    /// <summary>What the day is, in the source's words (e.g. the saint's birthday); empty when it says nothing.</summary>
    public string? Note { get; set; }

    public int SortOrder { get; set; }
}
