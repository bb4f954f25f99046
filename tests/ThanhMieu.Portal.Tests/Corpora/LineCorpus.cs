using System.Globalization;
using System.Text;

namespace ThanhMieu.Portal.Tests.Corpora;

/// <summary>
/// A corpus of one entry a line (<c>Corpora/xss-payloads.txt</c>, <c>Corpora/malformed-requests.txt</c>): blank lines and
/// lines starting with <c>#</c> are skipped; <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\\</c> and <c>\uXXXX</c> are unescaped, so
/// an entry can hold line breaks and invisible characters and the file stays readable.
/// </summary>
public static class LineCorpus
{
    /// <summary>The entries of <paramref name="fileName"/> in the test output's Corpora folder, with their line numbers.</summary>
    public static IReadOnlyList<(int Line, string Text)> Read(string fileName) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpora", fileName))
            .Select((text, index) => (Line: index + 1, Text: text))
            .Where(entry => entry.Text.Length > 0 && !entry.Text.StartsWith('#'))
            .Select(entry => (entry.Line, Unescape(entry.Text)))
            .ToList();

    public static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case '\\': result.Append('\\'); break;
                case 'u' when i + 4 < text.Length && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var unit):
                    result.Append((char)unit);
                    i += 4;
                    break;
                default: result.Append('\\').Append(next); break;
            }
        }

        return result.ToString();
    }
}
