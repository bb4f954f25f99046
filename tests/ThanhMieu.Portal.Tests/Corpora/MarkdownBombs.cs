using System.Text;
using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Tests.Corpora;

/// <summary>
/// The Markdown bomb corpus (<c>Corpora/markdown-bombs.txt</c>): each bomb is a short recipe of repeated text, so the
/// file stays small while the bodies reach 5 MB. Shared with <c>bench/MarkdownBench</c>, which links this file.
/// </summary>
public static partial class MarkdownBombs
{
    public const string FileName = "markdown-bombs.txt";

    /// <summary>Every bomb of the corpus file in <paramref name="folder"/>: its name and its text.</summary>
    public static IReadOnlyList<(string Name, string Text)> Read(string folder) =>
        File.ReadAllLines(Path.Combine(folder, FileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    public static (string Name, string Text) Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var text = new StringBuilder();
        foreach (Match part in Part().Matches(line[(colon + 1)..]))
        {
            var count = part.Groups["count"].Success ? int.Parse(part.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var piece = Unescape(part.Groups["text"].Value);
            text.Insert(text.Length, piece, count);
        }

        return (line[..colon].Trim(), text.ToString());
    }

    private static string Unescape(string text) =>
        text.Replace(@"\\", "\u0001", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal)
            .Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\u0001", @"\", StringComparison.Ordinal);

    [GeneratedRegex("""(?:(?<count>\d+)\*)?"(?<text>(?:[^"\\]|\\.)*)"(?:\s*\+\s*|\s*$)""")]
    private static partial Regex Part();
}
