using System.Text.Json;
using ThanhMieu.Portal.Domain;

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

    public static void SetHistory(this FormerUnit unit, string markdown, IMarkdownRenderer renderer)
    {
        unit.HistoryMarkdown = markdown;
        unit.HistoryHtml = renderer.Render(markdown).Html;
    }

    public static IReadOnlyList<Heading> Headings(this Article article) =>
        JsonSerializer.Deserialize<List<Heading>>(article.HeadingsJson) ?? [];
}
