namespace ThanhMieu.Portal.Services.Discovery;

/// <summary>
/// What a public page tells search engines, feed readers and link previews beyond its title and description: set by
/// the page's view (and by the breadcrumbs partial), written once into the page's head by the layout's
/// <c>_PageMetadata</c> partial (canonical link, OpenGraph and Twitter card, JSON-LD).
/// </summary>
public sealed class PageMetadata
{
    private static readonly object Key = new();

    /// <summary>The OpenGraph type: <c>website</c>, or <c>article</c> for an article.</summary>
    public string OpenGraphType { get; set; } = "website";

    /// <summary>A site-relative path of the page's image (an article's cover), or null.</summary>
    public string? ImagePath { get; set; }

    public string? ImageAlt { get; set; }

    /// <summary>The page's breadcrumb trail as shown, home first and the page itself last.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; set; } = [];

    /// <summary>The article the page shows, for its <c>NewsArticle</c> data.</summary>
    public Article? Article { get; set; }

    /// <summary>The heritage site the page shows, for its landmark and tourist attraction data.</summary>
    public HeritageSite? HeritageSite { get; set; }

    /// <summary>Whether the page describes the ward itself (the home page): its <c>GovernmentOrganization</c> data.</summary>
    public bool DescribesWard { get; set; }

    /// <summary>The DCAT catalogue the page describes (the open data page), written as JSON-LD as it stands.</summary>
    public System.Text.Json.Nodes.JsonObject? DataCatalog { get; set; }

    /// <summary>A feed of the page's own list (a category's), linked in the head next to the site's feed.</summary>
    public (string Path, string Title)? Feed { get; set; }

    /// <summary>The page's metadata, created on first use; one per request.</summary>
    public static PageMetadata Of(HttpContext context)
    {
        if (context.Items[Key] is not PageMetadata metadata)
        {
            metadata = new PageMetadata();
            context.Items[Key] = metadata;
        }

        return metadata;
    }
}

/// <summary>One step of a breadcrumb trail: its words and its site-relative path (null for the current page).</summary>
public sealed record Crumb(string Label, string? Path = null);

/// <summary>The title (without the site's name) and description a page's head carries, as the layout settled them.</summary>
public sealed record PageHead(string Title, string Description);
