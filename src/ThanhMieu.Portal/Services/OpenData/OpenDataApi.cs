using ThanhMieu.Portal.Services.Discovery;

namespace ThanhMieu.Portal.Services.OpenData;

/// <summary>The page asked of a list: its number (from 1) and size (1 to <see cref="OpenDataApi.MaxPageSize"/>).</summary>
public sealed record ApiPaging(int Page, int PageSize);

/// <summary>
/// The queries behind the open data API (/api/v1): what the public site shows, and nothing else. Visibility is
/// <see cref="PublicContent"/>'s (articles by <see cref="Article.VisibleAt"/>, archived items hidden) and the
/// register's (<see cref="PublicDocuments"/>); each query projects, untracked, into the API's records.
/// </summary>
public sealed class OpenDataApi(PublicContent content, PublicDocuments documents, PublicUrls urls, FestivalCalendar calendar, IHttpContextAccessor http)
{
    /// <summary>The name of the API's OpenAPI document, and its version in the address (/api/v1).</summary>
    public const string DocumentName = "v1";

    public const string PageParameter = "page";

    public const string PageSizeParameter = "pageSize";

    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>The CORS policy of the API: any origin may read (GET and HEAD), with no credentials.</summary>
    public const string CorsPolicy = "open-data";

    private string Origin => SiteOrigin.Of(http.HttpContext ?? throw new InvalidOperationException("The open data API runs within a request."));

    public Task<ApiPage<ApiIndicator>?> IndicatorsAsync(ApiPaging paging, CancellationToken cancellationToken) =>
        PageAsync(Indicators(content.VisibleIndicators().OrderBy(i => i.SortOrder).ThenBy(i => i.Id)), paging, RouteNames.ApiIndicators,
            i => i with { Url = Origin + urls.Indicator(i.Slug) }, cancellationToken);

    public async Task<ApiIndicator?> IndicatorAsync(string slug, CancellationToken cancellationToken) =>
        await Indicators(content.VisibleIndicators().Where(i => i.Slug == slug)).FirstOrDefaultAsync(cancellationToken) is { } indicator
            ? indicator with { Url = Origin + urls.Indicator(indicator.Slug) }
            : null;

    /// <summary>Every indicator, in the site's order (the CSV download).</summary>
    public async Task<List<ApiIndicator>> AllIndicatorsAsync(CancellationToken cancellationToken) =>
        (await Indicators(content.VisibleIndicators().OrderBy(i => i.SortOrder).ThenBy(i => i.Id)).ToListAsync(cancellationToken))
            .Select(i => i with { Url = Origin + urls.Indicator(i.Slug) })
            .ToList();

    /// <summary>Every target, in the site's order (the CSV downloads).</summary>
    public async Task<List<ApiTarget>> AllTargetsAsync(CancellationToken cancellationToken) =>
        (await Targets(content.VisibleTargets().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)).ToListAsync(cancellationToken))
            .Select(Completed)
            .ToList();

    public Task<ApiPage<ApiTarget>?> TargetsAsync(ApiPaging paging, CancellationToken cancellationToken) =>
        PageAsync(Targets(content.VisibleTargets().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)), paging, RouteNames.ApiTargets,
            Completed, cancellationToken);

    public async Task<ApiTarget?> TargetAsync(string slug, CancellationToken cancellationToken) =>
        await Targets(content.VisibleTargets().Where(t => t.Slug == slug)).FirstOrDefaultAsync(cancellationToken) is { } target
            ? Completed(target)
            : null;

    /// <summary>A target with what the query cannot give: its page's address and its share of the way done.</summary>
    private ApiTarget Completed(ApiTarget target) =>
        target with
        {
            Url = Origin + urls.Target(target.Slug),
            ProgressPercent = TargetProgress.PercentOf(target.BaselineValue, target.TargetValue, target.ProgressUpdates.FirstOrDefault(u => u.Value is not null)?.Value),
        };

    public Task<ApiPage<ApiHeritageSite>?> HeritageSitesAsync(ApiPaging paging, CancellationToken cancellationToken) =>
        PageAsync(HeritageSites(content.VisibleHeritageSites().OrderBy(h => h.SortOrder).ThenBy(h => h.Id)), paging, RouteNames.ApiHeritageSites,
            h => WithSolarDates(h) with { Url = Origin + urls.HeritageSite(h.Slug) }, cancellationToken);

    public async Task<ApiHeritageSite?> HeritageSiteAsync(string slug, CancellationToken cancellationToken) =>
        await HeritageSites(content.VisibleHeritageSites().Where(h => h.Slug == slug)).FirstOrDefaultAsync(cancellationToken) is { } site
            ? WithSolarDates(site) with { Url = Origin + urls.HeritageSite(site.Slug) }
            : null;

    public Task<ApiPage<ApiArticleSummary>?> ArticlesAsync(ApiPaging paging, CancellationToken cancellationToken) =>
        PageAsync(
            content.VisibleArticles()
                .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
                .Select(a => new ApiArticleSummary(
                    a.Slug, a.Title, a.Summary, a.Category!.Name, a.Category.Slug, a.PublishedAtUtc!.Value, a.UpdatedAtUtc, "")),
            paging, RouteNames.ApiArticles, a => a with { Url = Origin + urls.Article(a.Slug) }, cancellationToken);

    public async Task<ApiArticle?> ArticleAsync(string slug, CancellationToken cancellationToken) =>
        await content.VisibleArticles()
                .Where(a => a.Slug == slug)
                .Select(a => new ApiArticle(
                    a.Slug, a.Title, a.Summary, a.Category!.Name, a.Category.Slug,
                    a.Tags.Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                    a.Author, a.PublishedAtUtc!.Value, a.UpdatedAtUtc, "", a.BodyHtml))
                .FirstOrDefaultAsync(cancellationToken) is { } article
            ? article with { Url = Origin + urls.Article(article.Slug) }
            : null;

    public Task<ApiPage<ApiDocument>?> DocumentsAsync(ApiPaging paging, CancellationToken cancellationToken) =>
        PageAsync(Documents(documents.Visible().OrderByDescending(d => d.SignedOn).ThenBy(d => d.DocumentNumber)), paging, RouteNames.ApiDocuments,
            WithDocumentUrls, cancellationToken);

    public async Task<ApiDocument?> DocumentAsync(string slug, CancellationToken cancellationToken) =>
        await Documents(documents.Visible().Where(d => d.Slug == slug)).FirstOrDefaultAsync(cancellationToken) is { } document
            ? WithDocumentUrls(document)
            : null;

    private static IQueryable<ApiIndicator> Indicators(IQueryable<Indicator> indicators) =>
        indicators.Select(i => new ApiIndicator(
            i.Slug, i.Name, i.Group, i.Unit, i.Description, i.UpdatedAtUtc, "",
            i.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year).ThenBy(o => o.Id)
                .Select(o => new ApiObservation(o.StartYear, o.Year, o.Value, o.OutOf, o.Qualifier, o.Note, o.Source))
                .ToList()));

    private static IQueryable<ApiTarget> Targets(IQueryable<Target> targets) =>
        targets.Select(t => new ApiTarget(
            t.Slug, t.Title, t.Description,
            t.Breakthrough != null && t.Breakthrough.TermStartYear == PublicContent.CurrentTermStartYear && !t.Breakthrough.IsArchived
                ? new ApiBreakthrough(t.Breakthrough.Slug, t.Breakthrough.Number, t.Breakthrough.Title, t.Breakthrough.TermStartYear)
                : null,
            t.Metric, t.Unit, t.BaselineValue, t.TargetValue, t.DeadlineYear, t.ResponsibleBody, t.Status, t.UpdatedAtUtc, "", null,
            t.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
                .Select(p => new ApiProgressUpdate(p.Date, p.Value, p.Note, p.Source))
                .ToList()));

    private static IQueryable<ApiHeritageSite> HeritageSites(IQueryable<HeritageSite> sites) =>
        sites.Select(h => new ApiHeritageSite(
            h.Slug, h.Name, h.Kind, h.Summary, h.RecognitionLevel, h.Address, h.Latitude, h.Longitude,
            h.FormerUnit != null && !h.FormerUnit.IsArchived ? h.FormerUnit.Name : null,
            h.Sources, h.UpdatedAtUtc, "",
            h.Festivals.Where(f => !f.IsArchived).OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
                .Select(f => new ApiFestival(
                    f.Slug, f.Name, f.LunarDate, f.DateNote, f.Description, f.Recognition, f.Sources,
                    f.Dates.OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
                        .Select(d => new ApiFestivalDate(d.Day, d.Month, d.EndDay, d.IsLeapMonth, d.Source, d.Note, Array.Empty<ApiSolarDates>()))
                        .ToList()))
                .ToList()));

    /// <summary>A site with its festivals' solar days filled in, for <see cref="FestivalCalendar.Years"/>.</summary>
    private ApiHeritageSite WithSolarDates(ApiHeritageSite site) =>
        site with
        {
            Festivals = site.Festivals.Select(f => f with
            {
                Dates = f.Dates.Select(d => d with
                {
                    SolarDates = calendar.Years.Select(year =>
                    {
                        var (start, end) = FestivalCalendar.SolarDays(d.Day, d.EndDay, d.Month, d.IsLeapMonth, year);
                        return new ApiSolarDates(year, start, end);
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };

    private static IQueryable<ApiDocument> Documents(IQueryable<LegalDocument> register) =>
        register.Select(d => new ApiDocument(
            d.Slug, d.DocumentNumber, d.Type, d.IssuingBody, d.Signer, d.SignedOn, d.EffectiveOn, d.Summary, d.Field, d.Status,
            d.Replaces != null && !d.Replaces.IsArchived ? d.Replaces.Slug : null,
            d.Sources, d.UpdatedAtUtc, "",
            d.Files.OrderBy(f => f.Id).Select(f => new ApiDocumentFile(f.Title, f.Length, "", f.Id)).ToList()));

    /// <summary>The document's own address and its files'.</summary>
    private ApiDocument WithDocumentUrls(ApiDocument document) =>
        document with
        {
            Url = Origin + urls.Document(document.Slug),
            Files = document.Files.Select(f => f with { Url = Origin + urls.DocumentFile(document.Slug, f.Id) }).ToList(),
        };

    /// <summary>One page of <paramref name="items"/> with its links; null when the page is past the last one.</summary>
    private async Task<ApiPage<T>?> PageAsync<T>(
        IQueryable<T> items, ApiPaging paging, string routeName, Func<T, T> complete, CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + paging.PageSize - 1) / paging.PageSize);
        if (paging.Page > pageCount)
        {
            return null;
        }

        var page = await items.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(cancellationToken);
        string Link(int number) => Origin + urls.ApiList(routeName, number, paging.PageSize);
        var links = new ApiPageLinks(
            Link(paging.Page),
            Link(1),
            Link(pageCount),
            paging.Page < pageCount ? Link(paging.Page + 1) : null,
            paging.Page > 1 ? Link(paging.Page - 1) : null);
        return new ApiPage<T>(page.Select(complete).ToList(), paging.Page, paging.PageSize, total, pageCount, links);
    }
}
