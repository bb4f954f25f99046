namespace ThanhMieu.Portal.Areas.Admin.Models;

// An article's history (revisions and their comparison) and the text diffs that the compare screen and the shared
// conflict section show.

public sealed record RevisionRow(int Number, DateTime SavedAtUtc, string SavedBy, string Title, ArticleStatus Status, string Note);

public sealed record ArticleRevisionsViewModel(int Id, string Title, IReadOnlyList<RevisionRow> Revisions);

/// <summary>A field shown before and after, for the compare screen's table of changes.</summary>
public sealed record FieldChange(string Name, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

public sealed record ArticleCompareViewModel(
    int Id,
    string Title,
    IReadOnlyList<RevisionRow> Revisions,
    RevisionRow From,
    RevisionRow To,
    IReadOnlyList<FieldChange> Fields,
    TextDiff TitleDiff,
    TextDiff SummaryDiff,
    TextDiff BodyDiff);

public enum DiffChange
{
    Unchanged = 0,
    Inserted = 1,
    Deleted = 2,
}

public enum DiffLineKind
{
    Unchanged = 0,
    Inserted = 1,
    Deleted = 2,

    /// <summary>Changed word by word: the segments say which words went and came.</summary>
    Changed = 3,

    /// <summary>Stands for a run of unchanged lines that is not shown.</summary>
    Folded = 4,
}

public sealed record DiffSegment(string Text, DiffChange Change);

public sealed record DiffLine(DiffLineKind Kind, IReadOnlyList<DiffSegment> Segments, int FoldedCount = 0);

/// <summary>
/// A diff's lines; <paramref name="Capped"/> when the texts differed too much to be compared line by line (the differing
/// run is shown as old lines, then new ones). A page shows <see cref="PageLines"/> lines at most: the compare screen
/// pages through them, the conflict section shows the first page and says how much more there is.
/// </summary>
public sealed record TextDiff(IReadOnlyList<DiffLine> Lines, bool Capped = false, int PageNumber = 1, int PageCount = 1, int TotalLines = 0)
{
    /// <summary>Diff lines on one page: a few hundred lines keep a page under a few hundred kilobytes.</summary>
    public const int PageLines = 400;

    public bool HasChanges => Lines.Any(l => l.Kind is not (DiffLineKind.Unchanged or DiffLineKind.Folded));

    /// <summary>Page <paramref name="number"/> (from 1) of the lines; null when there is no such page.</summary>
    public TextDiff? Page(int number)
    {
        var count = Math.Max(1, (Lines.Count + PageLines - 1) / PageLines);
        return number < 1 || number > count
            ? null
            : this with { Lines = Lines.Skip((number - 1) * PageLines).Take(PageLines).ToList(), PageNumber = number, PageCount = count, TotalLines = Lines.Count };
    }
}
