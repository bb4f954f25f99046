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
    public const string Indicator = "indicator";
    public const string Targets = "targets";
    public const string Target = "target";
    public const string Heritage = "heritage";
    public const string HeritageSite = "heritage-site";
    public const string FestivalCalendar = "festival-calendar";
    public const string FestivalCalendarIcs = "festival-calendar-ics";
    public const string FestivalIcs = "festival-ics";
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
    public const string EnglishAbout = "en-about";
    public const string EnglishOrganisation = "en-organisation";
    public const string EnglishContacts = "en-contacts";
    public const string Search = "search";
    public const string Feed = "feed";
    public const string CategoryFeed = "category-feed";
    public const string Sitemap = "sitemap";
    public const string Robots = "robots";
    public const string Error = "error";
    public const string Exception = "exception";
    public const string OpenData = "open-data";
    public const string OpenDataReference = "open-data-reference";
    public const string IndicatorsCsv = "indicators-csv";
    public const string TargetsCsv = "targets-csv";
    public const string ProgressUpdatesCsv = "progress-updates-csv";
    public const string ApiOpenApi = "api-openapi";
    public const string ApiIndicators = "api-indicators";
    public const string ApiIndicator = "api-indicator";
    public const string ApiTargets = "api-targets";
    public const string ApiTarget = "api-target";
    public const string ApiHeritageSites = "api-heritage-sites";
    public const string ApiHeritageSite = "api-heritage-site";
    public const string ApiArticles = "api-articles";
    public const string ApiArticle = "api-article";
    public const string ApiDocuments = "api-documents";
    public const string ApiDocument = "api-document";
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

    /// <summary>An indicator's page: its chart, data table and sources.</summary>
    public string Indicator(string slug) => Path(RouteNames.Indicator, new RouteValueDictionary { ["slug"] = slug });

    /// <summary>/muc-tieu, or a section of it (a breakthrough).</summary>
    public string Targets(string? fragment = null) => Path(RouteNames.Targets, fragment: fragment);

    /// <summary>A target's page: its numbers, status and dated progress updates.</summary>
    public string Target(string slug) => Path(RouteNames.Target, new RouteValueDictionary { ["slug"] = slug });

    /// <summary>/di-san, or a section of it (a festival held at no particular site).</summary>
    public string Heritage(string? fragment = null) => Path(RouteNames.Heritage, fragment: fragment);

    /// <summary>A heritage site's page, or a section of it (one of its festivals).</summary>
    public string HeritageSite(string slug, string? fragment = null) =>
        Path(RouteNames.HeritageSite, new RouteValueDictionary { ["slug"] = slug }, fragment);

    /// <summary>/di-san/lich-le-hoi, the festivals in solar order.</summary>
    public string FestivalCalendar() => Path(RouteNames.FestivalCalendar);

    /// <summary>The iCalendar file of every shown festival.</summary>
    public string FestivalCalendarIcs() => Path(RouteNames.FestivalCalendarIcs);

    /// <summary>The iCalendar file of one festival.</summary>
    public string FestivalIcs(string slug) => Path(RouteNames.FestivalIcs, new RouteValueDictionary { ["slug"] = slug });

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

    /// <summary>The file name in a media path made by <see cref="Media"/>; null for any other path.</summary>
    public string? MediaFileName(string path)
    {
        var prefix = Media("x")[..^1];
        var trimmed = path.Trim();
        return trimmed.StartsWith(prefix, StringComparison.Ordinal) && MediaLibrary.IsValidFileName(trimmed[prefix.Length..])
            ? trimmed[prefix.Length..]
            : null;
    }

    public string Contacts() => Path(RouteNames.Contacts);

    /// <summary>/thu-tuc-hanh-chinh, or one procedure on it.</summary>
    public string Procedures(string? fragment = null) => Path(RouteNames.Procedures, fragment: fragment);

    /// <summary>The site search for <paramref name="query"/>, or one page of its results.</summary>
    public string Search(string? query = null, int page = 1) =>
        Path(RouteNames.Search, new RouteValueDictionary(PublicPaging.RouteValues(page)) { ["q"] = query });

    /// <summary>The Atom feed of the latest articles, or of one category's.</summary>
    public string Feed(string? categorySlug = null) =>
        categorySlug is null ? Path(RouteNames.Feed) : Path(RouteNames.CategoryFeed, new RouteValueDictionary { ["slug"] = categorySlug });

    public string Sitemap() => Path(RouteNames.Sitemap);

    /// <summary>/van-ban, the documents register.</summary>
    public string Documents() => Path(RouteNames.Documents);

    /// <summary>/du-lieu-mo, the open data page, or a section of it (a dataset).</summary>
    public string OpenData(string? fragment = null) => Path(RouteNames.OpenData, fragment: fragment);

    /// <summary>The open data API's reference page, generated from its OpenAPI document.</summary>
    public string OpenDataReference() => Path(RouteNames.OpenDataReference);

    /// <summary>The OpenAPI document of the open data API.</summary>
    public string ApiOpenApi() => Path(RouteNames.ApiOpenApi, new RouteValueDictionary { ["documentName"] = Services.OpenData.OpenDataApi.DocumentName });

    /// <summary>A CSV download of the open data page (<see cref="RouteNames.IndicatorsCsv"/> and the like).</summary>
    public string Csv(string routeName) => Path(routeName);

    /// <summary>A file of a document in the register, as a download.</summary>
    public string DocumentFile(string slug, int fileId) =>
        Path(RouteNames.DocumentFile, new RouteValueDictionary { ["slug"] = slug, ["fileId"] = fileId });

    /// <summary>A page of one of the API's lists (<see cref="RouteNames.ApiIndicators"/> and the like).</summary>
    public string ApiList(string routeName, int page = 1, int pageSize = Services.OpenData.OpenDataApi.DefaultPageSize) =>
        Path(routeName, new RouteValueDictionary
        {
            [Services.OpenData.OpenDataApi.PageParameter] = page,
            [Services.OpenData.OpenDataApi.PageSizeParameter] = pageSize,
        });

    /// <summary>One item of the API (<see cref="RouteNames.ApiIndicator"/> and the like) by its slug.</summary>
    public string ApiItem(string routeName, string slug) => Path(routeName, new RouteValueDictionary { ["slug"] = slug });

    public string EnglishAbout() => Path(RouteNames.EnglishAbout);

    public string EnglishOrganisation() => Path(RouteNames.EnglishOrganisation);

    public string EnglishContacts() => Path(RouteNames.EnglishContacts);

    private string Path(string routeName, RouteValueDictionary? values = null, string? fragment = null) =>
        links.GetPathByRouteValues(routeName, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
        ?? throw new InvalidOperationException($"No route named '{routeName}' matches the given values.");
}

/// <summary>
/// The two languages of the public site: Vietnamese everywhere, English for the pages under /en (the introduction,
/// organisation and contacts), chosen by the address alone (<see cref="Hosting.EnglishPathCultureProvider"/>).
/// Each English page has a Vietnamese counterpart, and the layout links each to the other.
/// </summary>
public static class PublicLanguage
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    private static readonly (string Vietnamese, string English)[] Pairs =
    [
        (RouteNames.About, RouteNames.EnglishAbout),
        (RouteNames.Organisation, RouteNames.EnglishOrganisation),
        (RouteNames.Contacts, RouteNames.EnglishContacts),
    ];

    /// <summary>The English pages' menu, in order: every English page.</summary>
    public static IEnumerable<string> EnglishRoutes => Pairs.Select(p => p.English);

    /// <summary>True while an English page is being served.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary>The language of the page being served, for <c>lang</c> attributes.</summary>
    public static string Current => IsEnglish ? English : Vietnamese;

    /// <summary>The route of the same page in the other language, when it has one.</summary>
    public static string? CounterpartOf(string? routeName) =>
        Pairs.FirstOrDefault(p => p.Vietnamese == routeName).English
        ?? Pairs.FirstOrDefault(p => p.English == routeName).Vietnamese;

    /// <summary>Both languages' routes of a page that has a counterpart, Vietnamese first; empty for any other page.</summary>
    public static IReadOnlyList<(string Language, string Route)> AlternatesOf(string? routeName) =>
        Pairs.Where(p => p.Vietnamese == routeName || p.English == routeName)
            .SelectMany(p => new[] { (Vietnamese, p.Vietnamese), (English, p.English) })
            .ToList();

    /// <summary>The first page of the current language: the home page, or the English introduction.</summary>
    public static string HomeRoute => IsEnglish ? RouteNames.EnglishAbout : RouteNames.Home;

    /// <summary>
    /// A text staff keep in both languages, as the current page shows it: on an English page its English version, or,
    /// until staff give one, the Vietnamese marked as such (<see cref="LocalText.Lang"/>) for screen readers.
    /// </summary>
    public static LocalText Pick(string? english, string vietnamese) =>
        !IsEnglish ? new(vietnamese, null)
        : string.IsNullOrWhiteSpace(english) ? new(vietnamese, Vietnamese)
        : new(english, null);
}

/// <summary>A text and, when it is not in the page's language, its own language for a <c>lang</c> attribute.</summary>
public sealed record LocalText(string Text, string? Lang);

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
