namespace ThanhMieu.Portal.Domain;

public enum TargetStatus
{
    NotAssessed = 0,
    OnTrack = 1,
    AtRisk = 2,
    Achieved = 3,
}

/// <summary>A strategic breakthrough of a congress term.</summary>
public class Breakthrough : ContentItem
{
    public required string Title { get; set; }

    /// <summary>First year of the term, e.g. 2025 for 2025–2030.</summary>
    public int TermStartYear { get; set; }

    public int Number { get; set; }

    public string Summary { get; set; } = "";

    public List<Target> Targets { get; set; } = [];
}

/// <summary>
/// A 2025–2030 goal. Numeric fields stay empty when the congress gives no number: goals are often qualitative.
/// </summary>
public class Target : ContentItem
{
    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The breakthrough this goal serves; empty for the term's general goals.</summary>
    public int? BreakthroughId { get; set; }

    public Breakthrough? Breakthrough { get; set; }

    public string? Metric { get; set; }

    public string? Unit { get; set; }

    public decimal? BaselineValue { get; set; }

    public decimal? TargetValue { get; set; }

    public int? DeadlineYear { get; set; }

    public string? ResponsibleBody { get; set; }

    public TargetStatus Status { get; set; }

    public int SortOrder { get; set; }

    public List<ProgressUpdate> ProgressUpdates { get; set; } = [];
}

public class ProgressUpdate : ChildRow
{
    public int TargetId { get; set; }

    public Target? Target { get; set; }

    public DateOnly Date { get; set; }

    public decimal? Value { get; set; }

    public string Note { get; set; } = "";

    public string Source { get; set; } = "";
}
