using System.Text.Json;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Sets an entity's Markdown together with its rendered HTML, so the two never drift apart.
/// Every writer of Markdown (seeding, the admin area) goes through here.
/// </summary>
public static class ContentRendering
{
    public static void SetBody(this Article article, string markdown, IMarkdownRenderer renderer)
    {
        var rendered = renderer.Render(markdown);
        article.BodyMarkdown = markdown;
        article.BodyHtml = rendered.Html;
        article.HeadingsJson = JsonSerializer.Serialize(rendered.Headings);
    }

    public static void SetDescription(this HeritageSite site, string markdown, IMarkdownRenderer renderer)
    {
        site.DescriptionMarkdown = markdown;
        site.DescriptionHtml = renderer.Render(markdown).Html;
    }

    /// <summary>Sets a body's duties in Vietnamese and, where staff wrote them, in English.</summary>
    public static void SetDuties(this Organisation organisation, string markdown, string? englishMarkdown, IMarkdownRenderer renderer)
    {
        organisation.DutiesMarkdown = markdown;
        organisation.DutiesHtml = renderer.Render(markdown).Html;
        organisation.DutiesEnMarkdown = string.IsNullOrWhiteSpace(englishMarkdown) ? null : englishMarkdown;
        organisation.DutiesEnHtml = organisation.DutiesEnMarkdown is null ? "" : renderer.Render(englishMarkdown).Html;
    }

    /// <summary>The heading level of each former unit's name on /gioi-thieu; its history's headings go below it.</summary>
    public const int FormerUnitHeadingLevel = 3;

    /// <summary>
    /// Sets a former unit's history. The HTML is stored ready for /gioi-thieu, where five histories share one page:
    /// headings nested under the unit's name and anchors scoped by the unit's slug, so the page does no HTML work.
    /// </summary>
    public static void SetHistory(this FormerUnit unit, string markdown, IMarkdownRenderer renderer)
    {
        unit.HistoryMarkdown = markdown;
        unit.HistoryHtml = FormerUnitHistory(markdown, unit.Slug, renderer);
    }

    /// <summary>A former unit's history as <see cref="SetHistory"/> stores it (the admin preview shows the same).</summary>
    public static string FormerUnitHistory(string markdown, string slug, IMarkdownRenderer renderer) =>
        HtmlOutline.Nest(renderer.Render(markdown).Html, FormerUnitHeadingLevel, slug);

    public static IReadOnlyList<Heading> Headings(this Article article) =>
        JsonSerializer.Deserialize<List<Heading>>(article.HeadingsJson) ?? [];
}
