namespace ThanhMieu.Portal.Services;

/// <summary>
/// Where a target stands by its progress updates: the latest update that gives a value, and how far that value has
/// come from the baseline towards the target value. The share is computed only when all three numbers are known and the
/// target differs from the baseline; a qualitative goal (most of the congress's) has none, and says so.
/// </summary>
public sealed record TargetProgress(ProgressUpdate? Latest, decimal? Percent, TargetProgressGap Gap)
{
    /// <summary>The share of the way done, for a progress bar: 0 to 100 (a value past the target fills the bar).</summary>
    public int? BarValue => Percent is { } percent ? (int)Math.Clamp(percent, 0m, 100m) : null;

    /// <summary>The target's progress from its updates (loaded with it).</summary>
    public static TargetProgress Of(Target target) => Of(target.BaselineValue, target.TargetValue, target.ProgressUpdates);

    public static TargetProgress Of(decimal? baseline, decimal? goal, IEnumerable<ProgressUpdate> updates)
    {
        var latest = updates.Where(u => u.Value is not null).OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).FirstOrDefault();
        var gap = goal is null ? TargetProgressGap.Qualitative
            : baseline is null ? TargetProgressGap.NoBaseline
            : latest is null ? TargetProgressGap.NoActual
            : goal == baseline ? TargetProgressGap.NoDistance
            : TargetProgressGap.None;
        return new TargetProgress(latest, PercentOf(baseline, goal, latest?.Value), gap);
    }

    /// <summary>
    /// (actual − baseline) / (target − baseline) as a whole percentage, rounded half away from zero; it works for goals
    /// that go down (a poverty rate) as for goals that go up. Null unless the three values are known and target ≠ baseline.
    /// </summary>
    public static decimal? PercentOf(decimal? baseline, decimal? goal, decimal? actual) =>
        baseline is { } from && goal is { } to && actual is { } now && to != from
            ? Math.Round((now - from) / (to - from) * 100m, 0, MidpointRounding.AwayFromZero)
            : null;
}

/// <summary>Why a target's progress has no share: the number it lacks.</summary>
public enum TargetProgressGap
{
    /// <summary>The share is computed.</summary>
    None,

    /// <summary>The goal has no target value: it is qualitative.</summary>
    Qualitative,

    /// <summary>The goal has a target value but no baseline to measure from.</summary>
    NoBaseline,

    /// <summary>No progress update gives a value yet.</summary>
    NoActual,

    /// <summary>The target value equals the baseline: there is no way to go.</summary>
    NoDistance,
}
