namespace ThanhMieu.Portal.Domain;

public enum IndicatorGroup
{
    Economy = 0,
    Society = 1,
    Education = 2,
    PartyBuilding = 3,
}

/// <summary>How a published figure is qualified in the source ("over 1,600", "nearly 800"; the Vietnamese words are in CommonText).</summary>
public enum ValueQualifier
{
    Exact = 0,

    /// <summary>Above the figure.</summary>
    Over = 1,

    /// <summary>More than the figure.</summary>
    MoreThan = 2,

    /// <summary>Nearly the figure.</summary>
    Nearly = 3,

    /// <summary>Met and exceeded.</summary>
    MetOrExceeded = 4,
}

public class Indicator : ContentItem
{
    public required string Name { get; set; }

    public IndicatorGroup Group { get; set; }

    /// <summary>Unit shown after the value, e.g. "%", billion dong, households.</summary>
    public string Unit { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Shown among the home page's key figures.</summary>
    public bool IsKeyFigure { get; set; }

    public int SortOrder { get; set; }

    public List<Observation> Observations { get; set; } = [];
}

/// <summary>
/// One published value of an indicator. <see cref="Year"/> is empty when the source gives none;
/// <see cref="StartYear"/> is set when the value covers a period (e.g. 2020–2025).
/// </summary>
public class Observation : ChildRow
{
    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    public int? StartYear { get; set; }

    public int? Year { get; set; }

    public decimal Value { get; set; }

    /// <summary>Denominator when the figure is a count out of a total (20/20 schools).</summary>
    public decimal? OutOf { get; set; }

    public ValueQualifier Qualifier { get; set; }

    public string Note { get; set; } = "";

    public string Source { get; set; } = "";

    public int SortOrder { get; set; }
}
