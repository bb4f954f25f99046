namespace ThanhMieu.Portal.Services;

/// <summary>What in a Markdown text goes past a limit of <see cref="MarkdownLimits"/>.</summary>
public enum MarkdownProblem
{
    TooLong,

    /// <summary>Quotes and lists nested deeper than <see cref="MarkdownLimits.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>A table row with more than <see cref="MarkdownLimits.MaxColumns"/> columns.</summary>
    TooManyColumns,

    /// <summary>More table cells in the whole text than <see cref="MarkdownLimits.MaxTableCells"/>.</summary>
    TooManyCells,

    /// <summary>More blocks (lines and the levels they open) than <see cref="MarkdownLimits.MaxBlocks"/>.</summary>
    TooManyBlocks,

    /// <summary>Too many link brackets, emphasis markers or backticks in one paragraph.</summary>
    TooManyMarkersInParagraph,

    /// <summary>Too many of them in the whole text.</summary>
    TooManyMarkers,

    /// <summary>The parser itself gave up (a case the limits did not foresee).</summary>
    Unparsable,
}

/// <summary>Why a text is not rendered: the problem, the limit it broke and the line where (0 for the whole text).</summary>
public sealed record MarkdownRefusal(MarkdownProblem Problem, int Limit, int Line);

/// <summary>Thrown by <see cref="IMarkdownRenderer.Render"/> for a text it refuses to render.</summary>
public sealed class MarkdownRefusedException(MarkdownRefusal refusal, Exception? inner = null)
    : Exception($"Markdown refused: {refusal.Problem} (limit {refusal.Limit}, line {refusal.Line}).", inner)
{
    public MarkdownRefusal Refusal { get; } = refusal;
}

/// <summary>
/// Bounds on the work one rendering may take, checked in one linear pass before Markdig sees the text. Markdig has no
/// time-out or cancellation, and some inputs cost it time growing with the square of their length (unclosed link
/// destinations, unmatched emphasis and backtick runs: markdig#500) or make it throw (nesting past its own depth limit).
/// The costly constructs are all inline and scoped to one paragraph, so they are limited per paragraph (any run of
/// non-blank lines, which is never smaller than a paragraph Markdig sees) and over the whole text; nesting and table
/// width are limited per line. Within these limits the slowest text found takes well under a second to render
/// (bench/MarkdownBench), while every real text of the portal stays far inside them.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>The longest text the renderer takes at all; each field has its own, lower or equal, length limit.</summary>
    public const int MaxLength = 200_000;

    /// <summary>Levels of quotes and lists on one line: each <c>&gt;</c>, each list marker and each two spaces of indentation.</summary>
    public const int MaxDepth = 16;

    /// <summary>Columns of a table row (cells between <c>|</c>, or between <c>+</c> in a grid table's border).</summary>
    public const int MaxColumns = 64;

    /// <summary>Table cells in the whole text (every cell becomes an element the sanitiser walks).</summary>
    public const int MaxTableCells = 2_000;

    /// <summary>Non-blank lines, each counted with the levels it opens: a bound on the blocks the text becomes.</summary>
    public const int MaxBlocks = 5_000;

    /// <summary>
    /// Link and image brackets (<c>[</c>), emphasis markers (<c>*</c>, <c>_</c>, <c>~</c>), backticks and autolink
    /// brackets (<c>&lt;</c>) in one paragraph. Markdig gives up on more than about 128 unclosed brackets in a row.
    /// </summary>
    public const int MaxMarkersPerParagraph = 100;

    /// <summary>The same markers in the whole text.</summary>
    public const int MaxMarkers = 2_500;

    /// <summary>The first limit <paramref name="markdown"/> breaks, or null when it may be rendered.</summary>
    public static MarkdownRefusal? Check(string? markdown)
    {
        var text = markdown ?? "";
        if (text.Length > MaxLength)
        {
            return new(MarkdownProblem.TooLong, MaxLength, 0);
        }

        var total = 0;
        var inParagraph = 0;
        var cells = 0;
        var blocks = 0;
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (line.IsWhiteSpace())
            {
                inParagraph = 0;
                continue;
            }

            var depth = Depth(line, out var content);
            if (depth > MaxDepth)
            {
                return new(MarkdownProblem.TooDeep, MaxDepth, number);
            }

            var columns = Columns(line);
            if (columns > MaxColumns)
            {
                return new(MarkdownProblem.TooManyColumns, MaxColumns, number);
            }

            cells += columns;
            if (cells > MaxTableCells)
            {
                return new(MarkdownProblem.TooManyCells, MaxTableCells, number);
            }

            blocks += 1 + depth;
            if (blocks > MaxBlocks)
            {
                return new(MarkdownProblem.TooManyBlocks, MaxBlocks, number);
            }

            var markers = Markers(line[content..]);
            inParagraph += markers;
            total += markers;
            if (inParagraph > MaxMarkersPerParagraph)
            {
                return new(MarkdownProblem.TooManyMarkersInParagraph, MaxMarkersPerParagraph, number);
            }

            if (total > MaxMarkers)
            {
                return new(MarkdownProblem.TooManyMarkers, MaxMarkers, number);
            }
        }

        return null;
    }

    /// <summary>
    /// Container levels a line opens: quote markers, list markers and indentation (two spaces a level);
    /// <paramref name="content"/> is where the text after them starts (a list's <c>*</c> is no emphasis marker).
    /// </summary>
    private static int Depth(ReadOnlySpan<char> line, out int content)
    {
        var markers = 0;
        var columns = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                columns += line[i] == '\t' ? 4 : 1;
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                break;
            }

            // The space after a marker belongs to it, not to the indentation.
            markers++;
            if (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
        }

        content = i;
        return markers + (columns / 2);
    }

    /// <summary>The length of a list marker followed by a space (<c>- </c>, <c>* </c>, <c>+ </c>, <c>12. </c>, <c>3) </c>), else 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        var marker = digits > 0 ? digits + 1 : 1;
        var isMarker = digits > 0
            ? digits < rest.Length && rest[digits] is '.' or ')'
            : rest.Length > 0 && rest[0] is '-' or '*' or '+';
        return isMarker && marker < rest.Length && rest[marker] is ' ' or '\t' ? marker : 0;
    }

    private static int Columns(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var separator = trimmed.Length > 0 && trimmed[0] == '+' ? '+' : '|';
        return Math.Max(0, trimmed.Count(separator) - 1);
    }

    private static int Markers(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c is '[' or '*' or '_' or '~' or '`' or '<')
            {
                count++;
            }
        }

        return count;
    }
}
