using AngleSharp.Html.Dom;

namespace ThanhMieu.Portal.Tests.Corpora;

/// <summary>
/// What a page may execute or load, read with AngleSharp as a browser's parser reads it: its script elements, every
/// <c>on*</c> attribute, every URL attribute with a script or data scheme, and the elements that load or restyle a page
/// (frames, objects, base, meta refresh, style). A page is compared with the same page before any payload was saved.
/// </summary>
public sealed record PageShape(IReadOnlyList<string> Scripts, IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>Elements that have no business inside content; a page may hold no more of them than it did before.</summary>
    private static readonly string[] Counted =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "link", "meta", "form", "portal"];

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "poster", "background", "srcset", "cite", "ping", "lowsrc",
        "dynsrc", "codebase", "manifest", "to", "values", "from", "by",
    };

    public static PageShape Of(IHtmlDocument document) => new(
        ScriptsOf(document),
        Counted.ToDictionary(tag => tag, tag => CountOf(document, tag)));

    /// <summary>
    /// How many <paramref name="tag"/> elements the page holds. The app's own post forms carry its antiforgery token and
    /// grow with the rows an edit screen lists (a saved progress update gets its form); only the other forms count.
    /// </summary>
    private static int CountOf(IHtmlDocument document, string tag) =>
        tag == "form"
            ? document.Forms.Count(f => f.QuerySelector("input[name='__RequestVerificationToken']") is null)
            : document.GetElementsByTagName(tag).Length;

    /// <summary>Everything executable in <paramref name="document"/> that this page did not have before.</summary>
    public IEnumerable<string> ProblemsOf(IHtmlDocument document)
    {
        var allowed = Scripts.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        foreach (var script in ScriptsOf(document).GroupBy(s => s))
        {
            if (script.Count() > allowed.GetValueOrDefault(script.Key))
            {
                yield return $"script not on the page before: {script.Key}";
            }
        }

        foreach (var (tag, before) in Counts)
        {
            var now = CountOf(document, tag);
            if (now > before)
            {
                yield return $"<{tag}> elements: {before} before, {now} now";
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler {attribute.Name} on <{element.LocalName}>: {Shorten(element.OuterHtml)}";
                }
                else if (attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"srcdoc on <{element.LocalName}>";
                }
                else if (UrlAttributes.Contains(attribute.LocalName) && IsScriptUrl(element.LocalName, attribute.LocalName, attribute.Value))
                {
                    yield return $"{attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>";
                }
                else if (attribute.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && IsScriptStyle(attribute.Value))
                {
                    yield return $"style=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>";
                }
            }
        }
    }

    /// <summary>
    /// Whether a browser would run or render script from this URL: it removes tabs and line breaks anywhere and C0
    /// controls and spaces around the URL (the parser has already decoded entities), then looks at the scheme. An image
    /// from <c>data:image/</c> is allowed: an img element runs no script from it.
    /// </summary>
    public static bool IsScriptUrl(string element, string attribute, string value)
    {
        foreach (var candidate in attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? value.Split(',') : [value])
        {
            var url = new string(candidate.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim().Trim(Controls).ToLowerInvariant();
            if (url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal)
                || url.StartsWith("livescript:", StringComparison.Ordinal))
            {
                return true;
            }

            if (url.StartsWith("data:", StringComparison.Ordinal)
                && !(element == "img" && url.StartsWith("data:image/", StringComparison.Ordinal) && !url.StartsWith("data:image/svg", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    private static bool IsScriptStyle(string style)
    {
        var text = new string(style.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return text.Contains("javascript:", StringComparison.Ordinal) || text.Contains("expression(", StringComparison.Ordinal)
            || text.Contains("vbscript:", StringComparison.Ordinal);
    }

    /// <summary>Each script element: its src, or for an inline one its type (JSON-LD carries content, so not its text).</summary>
    private static List<string> ScriptsOf(IHtmlDocument document) =>
        [.. document.Scripts.Select(s => s.GetAttribute("src") is { Length: > 0 } src ? "src:" + src : "inline:" + (s.Type ?? "")).Order(StringComparer.Ordinal)];

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
