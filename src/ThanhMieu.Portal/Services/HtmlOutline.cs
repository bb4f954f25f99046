using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Fits a stored HTML fragment (rendered Markdown, whose headings start at h2 and whose anchors are unique only
/// within itself) into a page under one of the page's own headings.
/// </summary>
public static class HtmlOutline
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// Moves the fragment's headings below <paramref name="parentLevel"/> (keeping their relative order of levels) and
    /// prefixes every id, and the in-fragment links to it, with <paramref name="idPrefix"/> so that several fragments
    /// can share a page.
    /// </summary>
    public static string Nest(string html, int parentLevel, string idPrefix)
    {
        var document = Parser.ParseDocument("");
        var container = document.CreateElement("div");
        container.InnerHtml = html;

        var headings = container.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        if (headings.Count > 0)
        {
            var shift = parentLevel + 1 - headings.Min(Level);
            foreach (var heading in headings)
            {
                Rename(heading, "h" + Math.Clamp(Level(heading) + shift, 1, 6));
            }
        }

        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in container.QuerySelectorAll("[id]"))
        {
            renamed.Add(element.Id!);
            element.Id = idPrefix + "-" + element.Id;
        }

        foreach (var link in container.QuerySelectorAll("a[href^='#']"))
        {
            var target = link.GetAttribute("href")![1..];
            if (renamed.Contains(target))
            {
                link.SetAttribute("href", "#" + idPrefix + "-" + target);
            }
        }

        return container.InnerHtml;
    }

    private static int Level(IElement heading) => heading.LocalName[1] - '0';

    private static void Rename(IElement element, string localName)
    {
        if (element.LocalName == localName)
        {
            return;
        }

        var replacement = element.Owner!.CreateElement(localName);
        foreach (var attribute in element.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Replace(replacement);
    }
}
