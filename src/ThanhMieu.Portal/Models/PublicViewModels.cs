
namespace ThanhMieu.Portal.Models;

/// <summary>An article in a list; the cover is a media path (or null) with its alternative text.</summary>
public sealed record ArticleCard(
    string Title, string Slug, string Summary, string CategoryName, string CategorySlug, DateTime PublishedAtUtc,
    string? CoverImagePath = null, string? CoverImageAlt = null);

public sealed record KeyFigure(string Name, string Value, string Period, string Note);

/// <summary>A breakthrough or a heritage site on the home page: a title, its address and a summary (the kind is the site's).</summary>
public sealed record HomeTile(string Title, string Slug, string Summary, HeritageKind Kind);

public sealed record HomeViewModel(
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<ArticleCard> LatestArticles,
    IReadOnlyList<HomeTile> Breakthroughs,
    IReadOnlyList<HomeTile> HeritageSites)
{
    /// <summary>Pinned articles whose end date has not passed, newest first.</summary>
    public IReadOnlyList<ArticleCard> Pinned { get; init; } = [];

    /// <summary>The office's address, phone and working hours from the settings; only those filled in.</summary>
    public IReadOnlyList<ContactLine> Office { get; init; } = [];
}

public sealed record CongressViewModel(Article Report, IReadOnlyList<Heading> Headings);

public sealed record IndicatorGroupViewModel(IndicatorGroup Group, string Name, IReadOnlyList<Indicator> Indicators);

public sealed record AchievementsViewModel(
    IReadOnlyList<IndicatorGroupViewModel> Groups,
    IReadOnlyList<Breakthrough> PastBreakthroughs);

public sealed record TargetsViewModel(IReadOnlyList<Target> GeneralTargets, IReadOnlyList<Breakthrough> Breakthroughs);

public sealed record HeritageListViewModel(IReadOnlyList<HeritageSite> Sites, IReadOnlyList<Festival> UnplacedFestivals);

public sealed record NewsListViewModel(IReadOnlyList<ArticleCard> Articles, int Page, int PageCount, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The category or tag listed; null for the whole news list.</summary>
    public ArticleListSection? Section { get; init; }

    /// <summary>The route of this list's pages.</summary>
    public string RouteName => Section?.RouteName ?? RouteNames.News;

    /// <summary>Route values of one of this list's pages: its slug (a category's or a tag's), then the page number.</summary>
    public RouteValueDictionary PageRouteValues(int page)
    {
        var values = PublicPaging.RouteValues(page);
        if (Section?.Slug is { } slug)
        {
            values["slug"] = slug;
        }

        return values;
    }
}

/// <summary>
/// What a list of a category's or a tag's articles shows above the cards, and the route of its pages;
/// <paramref name="Slug"/> is null for a route that has none of its own (/thong-bao).
/// </summary>
public sealed record ArticleListSection(string Title, string Description, string RouteName, string? Slug);

/// <summary>/gioi-thieu/to-chuc: the bodies in their order, each with its people in theirs.</summary>
public sealed record OrganisationViewModel(IReadOnlyList<Organisation> Organisations);

public sealed record AboutViewModel(IReadOnlyList<FormerUnit> FormerUnits);

/// <summary>An error page; <paramref name="CorrelationId"/> is the id the request's log event carries.</summary>
public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string CorrelationId, int? RetryAfterSeconds = null);
