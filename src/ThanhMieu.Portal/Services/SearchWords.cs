using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// How the search reads text. Matching uses the site's one folding (<see cref="Slugifier.Fold"/>: no diacritics, lower
/// case, d with stroke as d, NFC and NFD alike); ranking compares the words as typed (NFC, lower case, diacritics kept); snippets
/// mark the matched words in the original text, HTML-encoded.
/// </summary>
public static partial class SearchWords
{
    /// <summary>Words beyond this many are ignored: a query of 200 characters has no more meaningful ones.</summary>
    public const int MaxWords = 12;

    private static readonly ConcurrentDictionary<char, char> FoldedChars = new();

    /// <summary>Folded words separated by single spaces: what the folded search columns store.</summary>
    public static string Fold(string? text) => Slugifier.Fold(text).Replace('-', ' ');

    /// <summary>The folded words of a query, each once, in the order typed.</summary>
    public static IReadOnlyList<string> FoldedWords(string? query) =>
        Slugifier.Fold(query).Split('-', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();

    /// <summary>
    /// The query's words as typed (NFC, lower case, diacritics kept), each made of letters and digits that fold to
    /// Latin ones; used to rank exact spellings first.
    /// </summary>
    public static IReadOnlyList<string> ExactWords(string? query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Normal(query).ToLowerInvariant() + " ")
        {
            if (FoldChar(c) != '\0')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
    }

    /// <summary>Text as stored for display and exact ranking: NFC, whitespace collapsed.</summary>
    public static string Normal(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>The text of stored, sanitised HTML: tags become spaces, entities are decoded.</summary>
    public static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Normal(System.Net.WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    /// <summary>
    /// <paramref name="text"/> HTML-encoded with every word that starts with one of the folded <paramref name="words"/>
    /// marked; cut to about <paramref name="maxLength"/> characters around the first match when longer.
    /// </summary>
    public static IHtmlContent Highlight(string text, IReadOnlyList<string> words, int maxLength = int.MaxValue)
    {
        var folded = text.Select(FoldChar).ToArray();
        var marks = new List<(int Start, int End)>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] == '\0' || (i > 0 && folded[i - 1] != '\0'))
            {
                continue;
            }

            var longest = words.Where(w => StartsAt(folded, i, w)).Select(w => w.Length).DefaultIfEmpty(0).Max();
            if (longest > 0)
            {
                marks.Add((i, i + longest));
            }
        }

        var (from, to) = Window(text, marks.Count > 0 ? marks[0].Start : 0, maxLength);
        var html = new HtmlContentBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        var at = from;
        foreach (var (start, end) in marks.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(text[at..start]).AppendHtml("<mark>").Append(text[start..end]).AppendHtml("</mark>");
            at = end;
        }

        html.Append(text[at..to]);
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html;
    }

    private static bool StartsAt(char[] folded, int start, string word)
    {
        if (start + word.Length > folded.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (folded[start + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A window of about <paramref name="maxLength"/> characters starting a little before <paramref name="first"/>, cut at spaces.</summary>
    private static (int From, int To) Window(string text, int first, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }

        var from = Math.Max(0, first - (maxLength / 4));
        if (from > 0 && text.IndexOf(' ', from) is var space and >= 0 && space < first)
        {
            from = space + 1;
        }

        var to = Math.Min(text.Length, from + maxLength);
        if (to < text.Length && text.LastIndexOf(' ', to - 1) is var last && last > first)
        {
            to = last;
        }

        return (from, to);
    }

    /// <summary>One character folded like <see cref="Slugifier.Fold"/>, or '\0' for a character that is not part of a word.</summary>
    private static char FoldChar(char c) =>
        FoldedChars.GetOrAdd(c, static ch => Slugifier.Fold(ch.ToString()) is { Length: > 0 } folded ? folded[0] : '\0');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
