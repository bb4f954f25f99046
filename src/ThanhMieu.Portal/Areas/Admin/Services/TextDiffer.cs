using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Line-then-word diffs for people, not patches: lines are compared first; where a run of lines was replaced by
/// another, the two runs are compared word by word so a one-word fix shows as one word. The result is plain text
/// segments; views HTML-encode them and mark them with &lt;ins&gt; and &lt;del&gt;.
/// </summary>
public static class TextDiffer
{
    /// <summary>Unchanged lines shown around each change; longer unchanged runs are folded.</summary>
    public const int ContextLines = 3;

    /// <summary>Below this share of unchanged letters, replaced lines are shown whole rather than word by word.</summary>
    private const double MinimumSharedShare = 0.4;

    // Newlines are delimiters too, so a word diff across several lines can be split back into lines.
    private static readonly DelimiterChunker WordsAndLines =
        new([' ', '\t', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”', '*', '_', '#', '|']);

    /// <summary>
    /// The most lines (both sides together) compared line by line once the lines both texts start and end with are set
    /// aside. The line diff costs about (lines × differing lines); past this two texts differ too much for a line-by-line
    /// reading to help, and the differing run is shown as its old lines, then its new lines.
    /// </summary>
    public const int MaxComparedLines = 4_000;

    /// <summary>The longest replaced run (both sides, in characters) compared word by word; longer runs are shown whole.</summary>
    public const int MaxWordDiffCharacters = 20_000;

    public static TextDiff Compare(string? before, string? after, bool fold = true)
    {
        var oldText = Normalize(before);
        var newText = Normalize(after);
        var lines = new List<DiffLine>();
        if (oldText == newText)
        {
            lines.AddRange(SplitLines(oldText).Select(l => WholeLine(l, DiffLineKind.Unchanged)));
            return new TextDiff(fold ? Fold(lines) : lines);
        }

        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var head = 0;
        while (head < oldLines.Length && head < newLines.Length && oldLines[head] == newLines[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < oldLines.Length - head && tail < newLines.Length - head && oldLines[^(tail + 1)] == newLines[^(tail + 1)])
        {
            tail++;
        }

        if (oldLines.Length + newLines.Length - (2 * (head + tail)) > MaxComparedLines)
        {
            lines.AddRange(oldLines[..head].Select(l => WholeLine(l, DiffLineKind.Unchanged)));
            lines.AddRange(oldLines[head..^tail].Select(l => WholeLine(l, DiffLineKind.Deleted)));
            lines.AddRange(newLines[head..^tail].Select(l => WholeLine(l, DiffLineKind.Inserted)));
            lines.AddRange(oldLines[^tail..].Select(l => WholeLine(l, DiffLineKind.Unchanged)));
            return new TextDiff(fold ? Fold(lines) : lines, Capped: true);
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                lines.Add(WholeLine(result.PiecesOld[a++], DiffLineKind.Unchanged));
            }

            var deleted = result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var inserted = result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            if (deleted.Count > 0 && inserted.Count > 0
                && deleted.Sum(l => l.Length + 1) + inserted.Sum(l => l.Length + 1) <= MaxWordDiffCharacters
                && WordDiff(string.Join('\n', deleted), string.Join('\n', inserted)) is { } words)
            {
                lines.AddRange(words);
            }
            else
            {
                lines.AddRange(deleted.Select(l => WholeLine(l, DiffLineKind.Deleted)));
                lines.AddRange(inserted.Select(l => WholeLine(l, DiffLineKind.Inserted)));
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        while (a < result.PiecesOld.Count)
        {
            lines.Add(WholeLine(result.PiecesOld[a++], DiffLineKind.Unchanged));
        }

        return new TextDiff(fold ? Fold(lines) : lines);
    }

    /// <summary>
    /// Compares two runs of lines word by word and splits the segments back into lines; null when the runs have too
    /// little in common for that to help, since a rewritten paragraph reads better as old lines then new lines.
    /// </summary>
    private static List<DiffLine>? WordDiff(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordsAndLines);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA)
            {
                segments.Add(new(result.PiecesOld[a++], DiffChange.Unchanged));
            }

            segments.Add(new(string.Concat(result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)), DiffChange.Deleted));
            segments.Add(new(string.Concat(result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)), DiffChange.Inserted));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        while (a < result.PiecesOld.Count)
        {
            segments.Add(new(result.PiecesOld[a++], DiffChange.Unchanged));
        }

        var kept = segments.Where(s => s.Change == DiffChange.Unchanged).Sum(s => Letters(s.Text));
        if (kept < MinimumSharedShare * Math.Max(Letters(before), Letters(after)))
        {
            return null;
        }

        var lines = new List<DiffLine>();
        var line = new List<DiffSegment>();
        foreach (var segment in segments.Where(s => s.Text.Length > 0))
        {
            var parts = segment.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    // An empty line takes the kind of the line break that ends it: a paragraph break added or removed.
                    lines.Add(MixedLine(line, segment.Change));
                    line = [];
                }

                if (parts[i].Length > 0)
                {
                    line.Add(segment with { Text = parts[i] });
                }
            }
        }

        lines.Add(MixedLine(line, DiffChange.Unchanged));
        return lines;
    }

    private static DiffLine MixedLine(List<DiffSegment> segments, DiffChange breakChange)
    {
        var merged = new List<DiffSegment>();
        foreach (var segment in segments)
        {
            // One <del> per change rather than per word.
            if (merged.Count > 0 && merged[^1].Change == segment.Change)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        var changes = merged.Select(s => s.Change).Distinct().ToList();
        var kind = changes.Count switch
        {
            0 => KindOf(breakChange),
            1 => KindOf(changes[0]),
            _ => DiffLineKind.Changed,
        };
        return new DiffLine(kind, merged);
    }

    private static DiffLineKind KindOf(DiffChange change) =>
        change switch
        {
            DiffChange.Inserted => DiffLineKind.Inserted,
            DiffChange.Deleted => DiffLineKind.Deleted,
            _ => DiffLineKind.Unchanged,
        };

    /// <summary>Keeps <see cref="ContextLines"/> unchanged lines around changes and folds the rest into a count.</summary>
    private static List<DiffLine> Fold(List<DiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines); j++)
            {
                keep[j] = true;
            }
        }

        var folded = new List<DiffLine>();
        var run = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                AddFold(folded, ref run);
                folded.Add(lines[i]);
            }
            else
            {
                run++;
            }
        }

        AddFold(folded, ref run);
        return folded;
    }

    private static void AddFold(List<DiffLine> lines, ref int run)
    {
        if (run > 0)
        {
            lines.Add(new DiffLine(DiffLineKind.Folded, [], run));
            run = 0;
        }
    }

    private static DiffLine WholeLine(string text, DiffLineKind kind) =>
        new(kind, text.Length == 0 ? [] : [new DiffSegment(text, kind switch
        {
            DiffLineKind.Inserted => DiffChange.Inserted,
            DiffLineKind.Deleted => DiffChange.Deleted,
            _ => DiffChange.Unchanged,
        })]);

    private static int Letters(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static string[] SplitLines(string text) => text.Length == 0 ? [] : text.Split('\n');

    /// <summary>Browsers post textareas with CRLF; compare lines, not line endings.</summary>
    public static string Normalize(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

/// <summary>
/// Writes a <see cref="TextDiff"/> as HTML: every piece of text encoded, changes in &lt;ins&gt; and &lt;del&gt;, and a
/// sign plus hidden words per line so a change never shows by colour alone. Built in code rather than Razor because
/// whitespace is significant inside the diff and Razor's line breaks would add to it.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(TextDiff diff)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"diff-lines\">");
        foreach (var line in diff.Lines)
        {
            var (css, sign, words) = line.Kind switch
            {
                DiffLineKind.Inserted => ("inserted", "+", AdminText.Diff_Inserted + " "),
                DiffLineKind.Deleted => ("deleted", "−", AdminText.Diff_Deleted + " "),
                DiffLineKind.Changed => ("changed", "~", AdminText.Diff_Changed + " "),
                DiffLineKind.Folded => ("folded", "…", ""),
                _ => ("unchanged", "", ""),
            };
            html.AppendHtml($"<div class=\"diff-line diff-{css}\"><span class=\"diff-sign\" aria-hidden=\"true\">{sign}</span>");
            html.AppendHtml("<span class=\"diff-text\">");
            if (words.Length > 0)
            {
                html.AppendHtml("<span class=\"visually-hidden\">").Append(words).AppendHtml("</span>");
            }

            if (line.Kind == DiffLineKind.Folded)
            {
                html.AppendHtml("<span class=\"diff-fold\">")
                    .Append(VietnameseFormat.Text(AdminText.Diff_Folded, line.FoldedCount.ToString("N0", VietnameseFormat.Culture)))
                    .AppendHtml("</span>");
            }
            else if (line.Segments.Count == 0 && line.Kind is DiffLineKind.Inserted or DiffLineKind.Deleted)
            {
                var tag = line.Kind == DiffLineKind.Inserted ? "ins" : "del";
                html.AppendHtml($"<{tag} class=\"diff-empty\">").Append(AdminText.Diff_EmptyLine).AppendHtml($"</{tag}>");
            }

            foreach (var segment in line.Segments)
            {
                var tag = segment.Change switch
                {
                    DiffChange.Inserted => "ins",
                    DiffChange.Deleted => "del",
                    _ => null,
                };
                if (tag is null)
                {
                    html.Append(segment.Text);
                }
                else
                {
                    html.AppendHtml($"<{tag}>").Append(segment.Text).AppendHtml($"</{tag}>");
                }
            }

            html.AppendHtml("</span></div>");
        }

        return html.AppendHtml("</div>");
    }
}
