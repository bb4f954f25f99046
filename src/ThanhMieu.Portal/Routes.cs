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
    public const string Category = "category";
    public const string Tag = "tag";
    public const string Announcements = "announcements";
    public const string Organisation = "organisation";
    public const string Media = "media";
    public const string Questions = "questions";
    public const string QuestionStatus = "question-status";
    public const string Question = "question";
    public const string Documents = "documents";
    public const string Document = "document";
    public const string DocumentFile = "document-file";
    public const string Contacts = "contacts";
    public const string Procedures = "procedures";
    public const string Search = "search";
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

    /// <summary>/dai-hoi, or a section of the report.</summary>
    public string Congress(string? fragment = null) => Path(RouteNames.Congress, fragment: fragment);

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
    public string News(int page = 1) => Path(RouteNames.News, PublicPaging.RouteValues(page));

    public string Article(string slug) => Path(RouteNames.Article, new RouteValueDictionary { ["slug"] = slug });

    /// <summary>/hoi-dap, or a page of its answered questions.</summary>
    public string Questions(int page = 1) => Path(RouteNames.Questions, PublicPaging.RouteValues(page));

    /// <summary>A question's status page by its tracking code.</summary>
    public string QuestionStatus(string code) => Path(RouteNames.QuestionStatus, new RouteValueDictionary { [QuestionsController.CodeParameter] = code });

    /// <summary>An answered question's public page.</summary>
    public string Question(string slug) => Path(RouteNames.Question, new RouteValueDictionary { ["slug"] = slug });
    /// <summary>A document's page in the documents register.</summary>
    public string Document(string slug) => Path(RouteNames.Document, new RouteValueDictionary { ["slug"] = slug });
    /// <summary>A page of a category's articles; the announcements' category has its own page, /thong-bao.</summary>
    public string Category(string slug, int page = 1) =>
        slug == Domain.Category.AnnouncementsSlug
            ? Announcements(page)
            : Path(RouteNames.Category, new RouteValueDictionary(PublicPaging.RouteValues(page)) { ["slug"] = slug });

    public string Tag(string slug, int page = 1) =>
        Path(RouteNames.Tag, new RouteValueDictionary(PublicPaging.RouteValues(page)) { ["slug"] = slug });

    public string Announcements(int page = 1) => Path(RouteNames.Announcements, PublicPaging.RouteValues(page));

    /// <summary>/gioi-thieu/to-chuc, or a body's section of it.</summary>
    public string Organisation(string? slug = null) => Path(RouteNames.Organisation, fragment: slug);

    /// <summary>An uploaded image of the media library.</summary>
    public string Media(string fileName) => Path(RouteNames.Media, new RouteValueDictionary { ["fileName"] = fileName });

    public string Contacts() => Path(RouteNames.Contacts);

    /// <summary>/thu-tuc-hanh-chinh, or one procedure on it.</summary>
    public string Procedures(string? fragment = null) => Path(RouteNames.Procedures, fragment: fragment);

    /// <summary>The site search for <paramref name="query"/>, or one page of its results.</summary>
    public string Search(string? query = null, int page = 1) =>
        Path(RouteNames.Search, new RouteValueDictionary(PublicPaging.RouteValues(page)) { ["q"] = query });

    private string Path(string routeName, RouteValueDictionary? values = null, string? fragment = null) =>
        links.GetPathByRouteValues(routeName, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
        ?? throw new InvalidOperationException($"No route named '{routeName}' matches the given values.");
}

/// <summary>How a public list names its pages: the first page is the plain address, later ones add ?trang=.</summary>
public static class PublicPaging
{
    public const string PageParameter = "trang";

    public static RouteValueDictionary RouteValues(int page) => page > 1 ? new RouteValueDictionary { [PageParameter] = page } : [];
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
