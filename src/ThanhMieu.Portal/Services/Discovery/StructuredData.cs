using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ThanhMieu.Portal.Services.Discovery;

/// <summary>
/// The schema.org JSON-LD blocks of a page, from its <see cref="PageMetadata"/>: the ward as a
/// <c>GovernmentOrganization</c> (home page), <c>NewsArticle</c>, heritage sites as <c>LandmarksOrHistoricalBuildings</c>
/// and <c>TouristAttraction</c>, and a <c>BreadcrumbList</c> wherever the page shows breadcrumbs. Festivals get no
/// <c>Event</c>: their dates are lunar free text, and an event without a real date would be false data.
/// </summary>
public sealed class StructuredData(SiteSettingsCache settings, PublicUrls urls)
{
    /// <summary>
    /// Vietnamese stays readable, while the HTML-sensitive characters (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes)
    /// are written as <c>\u003C</c> and the like, so no text can close the script element it is written into.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The page's JSON-LD documents, each serialized and safe to write unencoded inside a script element.</summary>
    public async Task<IReadOnlyList<string>> ScriptsAsync(PageMetadata page, string origin, string? canonical, CancellationToken cancellationToken)
    {
        var blocks = new List<JsonObject>();
        // Only the pages that name the ward read the settings (an error page needs no database).
        if (page.DescribesWard)
        {
            blocks.Add(Ward(await settings.GetAsync(cancellationToken), origin));
        }

        if (page.Article is { } article)
        {
            blocks.Add(NewsArticle(article, Organisation(await settings.GetAsync(cancellationToken), origin), origin, canonical));
        }

        if (page.HeritageSite is { } heritage)
        {
            blocks.Add(Heritage(heritage, origin, canonical));
        }

        if (page.DataCatalog is { } catalog)
        {
            blocks.Add(catalog);
        }

        if (page.Breadcrumbs.Count > 0)
        {
            blocks.Add(Breadcrumbs(page.Breadcrumbs, origin, canonical));
        }

        return blocks.Select(b => b.ToJsonString(Json)).ToList();
    }

    /// <summary>The ward as the home page describes it: name, address, telephone, email and the site's address.</summary>
    private static JsonObject Ward(SiteSettings site, string origin)
    {
        var ward = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in Organisation(site, origin))
        {
            ward[key] = value?.DeepClone();
        }

        Add(ward, "address", site.OfficeAddress);
        Add(ward, "telephone", site.Phone);
        Add(ward, "email", site.Email);
        return ward;
    }

    /// <summary>The ward as an article's author and publisher.</summary>
    private static JsonObject Organisation(SiteSettings site, string origin) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = string.IsNullOrWhiteSpace(site.OfficialName) ? SiteText.Layout_SiteName : site.OfficialName.Trim(),
        ["url"] = origin + "/",
    };

    private static JsonObject NewsArticle(Article article, JsonObject ward, string origin, string? canonical)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
        };
        Add(data, "description", article.Summary);
        Add(data, "url", canonical);
        Add(data, "mainEntityOfPage", canonical);
        if (article.PublishedAtUtc is { } published && !Article.IsUndated(published))
        {
            data["datePublished"] = W3CDate.Format(published);
        }

        data["dateModified"] = W3CDate.Format(SiteDiscovery.LastModified(article.UpdatedAtUtc, article.PublishedAtUtc));
        if (!string.IsNullOrWhiteSpace(article.CoverImagePath))
        {
            data["image"] = origin + article.CoverImagePath.Trim();
        }

        Add(data, "articleSection", article.Category?.Name);
        data["author"] = ward.DeepClone();
        data["publisher"] = ward.DeepClone();
        return data;
    }

    private JsonObject Heritage(HeritageSite heritage, string origin, string? canonical)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new JsonArray("LandmarksOrHistoricalBuildings", "TouristAttraction"),
            ["name"] = heritage.Name,
        };
        Add(data, "description", heritage.Summary);
        Add(data, "url", canonical);
        Add(data, "address", heritage.Address);
        if (heritage.Latitude is { } latitude && heritage.Longitude is { } longitude)
        {
            data["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
        }

        var photos = heritage.Photos.Where(p => p.MediaAsset is not null).ToList();
        if (photos.Count > 0)
        {
            data["image"] = new JsonArray(photos.Select(p => (JsonNode?)JsonValue.Create(origin + urls.Media(p.MediaAsset!.FileName))).ToArray());
        }

        return data;
    }

    private static JsonObject Breadcrumbs(IReadOnlyList<Crumb> crumbs, string origin, string? canonical)
    {
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
        {
            var item = new JsonObject { ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = crumbs[i].Label };
            Add(item, "item", crumbs[i].Path is { } path ? origin + path : canonical);
            items.Add(item);
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    private static void Add(JsonObject data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[key] = value.Trim();
        }
    }
}

/// <summary>Times as the W3C date format of sitemaps and schema.org wants them: UTC to the second.</summary>
public static class W3CDate
{
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
