using Microsoft.AspNetCore.Html;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class TextDifferTests
{
    private static string Html(TextDiff diff)
    {
        using var writer = new StringWriter();
        DiffHtml.Render(diff).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    [Fact]
    public void Compare_OneWordChanged_MarksOnlyThatWord()
    {
        var diff = TextDiffer.Compare("Phường có bốn đơn vị.", "Phường có năm đơn vị.");

        var line = Assert.Single(diff.Lines);
        Assert.Equal(DiffLineKind.Changed, line.Kind);
        Assert.Equal(
            [new DiffSegment("Phường có ", DiffChange.Unchanged), new DiffSegment("bốn", DiffChange.Deleted), new DiffSegment("năm", DiffChange.Inserted), new DiffSegment(" đơn vị.", DiffChange.Unchanged)],
            line.Segments);
    }

    [Fact]
    public void Compare_AddedAndRemovedLines_AreWholeLines()
    {
        var diff = TextDiffer.Compare("một\nhai\nba", "một\nba\nbốn");

        Assert.Equal(
            [(DiffLineKind.Unchanged, "một"), (DiffLineKind.Deleted, "hai"), (DiffLineKind.Unchanged, "ba"), (DiffLineKind.Inserted, "bốn")],
            diff.Lines.Select(l => (l.Kind, string.Concat(l.Segments.Select(s => s.Text)))));
    }

    [Fact]
    public void Compare_RewrittenLine_IsShownWholeNotWordByWord()
    {
        var diff = TextDiffer.Compare("Dòng hai đậm.", "Khác hẳn");

        Assert.Equal([DiffLineKind.Deleted, DiffLineKind.Inserted], diff.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Compare_IgnoresLineEndingDifferences()
    {
        Assert.False(TextDiffer.Compare("a\r\nb", "a\nb").HasChanges);
    }

    [Fact]
    public void Compare_FoldsLongUnchangedRuns()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"dòng {i}").ToList();
        var changed = lines.ToList();
        changed[14] = "dòng 15 đã sửa";

        var diff = TextDiffer.Compare(string.Join('\n', lines), string.Join('\n', changed));

        Assert.Equal(DiffLineKind.Folded, diff.Lines[0].Kind);
        Assert.Equal(14 - TextDiffer.ContextLines, diff.Lines[0].FoldedCount);
        Assert.Equal(DiffLineKind.Folded, diff.Lines[^1].Kind);
        Assert.Equal(1 + (2 * TextDiffer.ContextLines) + 2, diff.Lines.Count);
    }

    [Fact]
    public void Render_EncodesTextAndMarksChanges()
    {
        var html = Html(TextDiffer.Compare("Phường Thanh Miếu có <script>bốn</script> đơn vị cũ", "Phường Thanh Miếu có <script>năm</script> đơn vị cũ"));

        Assert.DoesNotContain("<script", html);
        Assert.Contains("<del>&lt;script&gt;bốn&lt;/script&gt;</del><ins>&lt;script&gt;năm&lt;/script&gt;</ins>", html);
        Assert.Contains("Dòng sửa", html);
    }

    [Fact]
    public void Render_MarksAnAddedEmptyLineInWords()
    {
        var html = Html(TextDiffer.Compare("a", "a\n\nb"));

        Assert.Contains("(dòng trống)", html);
        Assert.IsAssignableFrom<IHtmlContent>(DiffHtml.Render(TextDiffer.Compare("", "")));
    }
}
