using ThanhMieu.Portal.Controllers;

namespace ThanhMieu.Portal;

/// <summary>
/// The names of the public site's routes. Controllers declare each route once under its name; views and services
/// generate URLs from the name, so an address changes in one place.
/// </summary>
public static class RouteNames
{
    public const string Home = "home";
    public const string About = "about";
    public const string Congress = "congress";
    public const string Achievements = "achievements";
    public const string Targets = "targets";
    public const string Heritage = "heritage";
    public const string HeritageSite = "heritage-site";
    public const string News = "news";
    public const string Article = "article";
    public const string Media = "media";
    public const string Contacts = "contacts";
    public const string Procedures = "procedures";
    public const string Error = "error";
    public const string Exception = "exception";
}

/// <summary>
/// Paths of public pages for code outside a view (services, feeds, notices), generated from the named routes.
/// Paths are relative to the site root, with no path base: callers that need an absolute URL add the host.
/// </summary>
public sealed class PublicUrls(LinkGenerator links)
{
    public string Home() => Path(RouteNames.Home);

    public string About() => Path(RouteNames.About);

    /// <summary>A former ward or commune's section of the about page.</summary>
    public string FormerUnit(string slug) => Path(RouteNames.About, fragment: slug);

    public string Congress() => Path(RouteNames.Congress);

    /// <summary>/thanh-tuu, or a section of it.</summary>
    public string Achievements(string? fragment = null) => Path(RouteNames.Achievements, fragment: fragment);

    /// <summary>An indicator's table on the achievements page.</summary>
    public string Indicator(string slug) => Path(RouteNames.Achievements, fragment: "chi-tieu-" + slug);

    public string Targets() => Path(RouteNames.Targets);

    /// <summary>A goal on the targets page.</summary>
    public string Target(string slug) => Path(RouteNames.Targets, fragment: slug);

    /// <summary>/di-san, or a section of it (a festival held at no particular site).</summary>
    public string Heritage(string? fragment = null) => Path(RouteNames.Heritage, fragment: fragment);

    /// <summary>A heritage site's page, or a section of it (one of its festivals).</summary>
    public string HeritageSite(string slug, string? fragment = null) =>
        Path(RouteNames.HeritageSite, new RouteValueDictionary { ["slug"] = slug }, fragment);

    /// <summary>A page of the news list; the first page has no page number in its address.</summary>
    public string News(int page = 1) => Path(RouteNames.News, NewsController.PageRouteValues(page));

    public string Article(string slug) => Path(RouteNames.Article, new RouteValueDictionary { ["slug"] = slug });

    /// <summary>An uploaded image of the media library.</summary>
    public string Media(string fileName) => Path(RouteNames.Media, new RouteValueDictionary { ["fileName"] = fileName });

    public string Contacts() => Path(RouteNames.Contacts);

    /// <summary>/thu-tuc-hanh-chinh, or one procedure on it.</summary>
    public string Procedures(string? fragment = null) => Path(RouteNames.Procedures, fragment: fragment);

    private string Path(string routeName, RouteValueDictionary? values = null, string? fragment = null) =>
        links.GetPathByRouteValues(routeName, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
        ?? throw new InvalidOperationException($"No route named '{routeName}' matches the given values.");
}

public static class PublicRoutesServiceCollectionExtensions
{
    /// <summary>The public site's URL helper, and HEAD answered wherever GET is.</summary>
    public static IServiceCollection AddPublicRoutes(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new HeadMatchesGetConvention()));
        services.AddScoped<PublicUrls>();
        return services;
    }
}
