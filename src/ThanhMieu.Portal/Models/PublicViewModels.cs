namespace ThanhMieu.Portal.Models;

public sealed record ArticleCard(string Title, string Slug, string Summary, string CategoryName, DateTime PublishedAtUtc);

public sealed record KeyFigure(string Name, string Value, string Period, string Note);

public sealed record HomeViewModel(
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<ArticleCard> LatestArticles,
    IReadOnlyList<Breakthrough> Breakthroughs,
    IReadOnlyList<HeritageSite> HeritageSites,
    IReadOnlyList<FormerUnit> FormerUnits);

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
}

public sealed record AboutViewModel(IReadOnlyList<FormerUnit> FormerUnits);

/// <summary>An error page; <paramref name="CorrelationId"/> is the id the request's log event carries.</summary>
public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string CorrelationId, int? RetryAfterSeconds = null);
