using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Services;

/// <summary>Read-only queries behind the public pages. Only what is published and due is ever returned.</summary>
public sealed class PublicContent(PortalDbContext db, TimeProvider time, IOptions<PortalOptions> options)
{
    /// <summary>The first year of the term whose breakthroughs the targets page lists goals under.</summary>
    public const int CurrentTermStartYear = 2025;
    private const int PreviousTermStartYear = 2020;

    /// <summary>The articles residents see now (<see cref="Article.VisibleAt"/>); the open data API lists the same.</summary>
    public IQueryable<Article> VisibleArticles()
    {
        return db.Articles.AsNoTracking().Where(Article.VisibleAt(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The indicators the achievements page shows: every one not archived (observations have no state of their own).</summary>
    public IQueryable<Indicator> VisibleIndicators() => db.Indicators.AsNoTracking().Where(i => !i.IsArchived);

    /// <summary>
    /// The targets the targets page shows: every one not archived, under its breakthrough while that is this term's
    /// and not archived (<see cref="CurrentTermStartYear"/>), among the general goals otherwise.
    /// </summary>
    public IQueryable<Target> VisibleTargets() => db.Targets.AsNoTracking().Where(t => !t.IsArchived);

    /// <summary>The heritage sites the heritage pages show: every one not archived.</summary>
    public IQueryable<HeritageSite> VisibleHeritageSites() => db.HeritageSites.AsNoTracking().Where(h => !h.IsArchived);

    /// <summary>
    /// The home page in three commands: the key figures with their observations; the latest and the pinned articles
    /// (one UNION ALL); this term's breakthroughs and the first heritage sites (one UNION ALL of the same shape).
    /// </summary>
    public async Task<HomeViewModel> GetHomeAsync(CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsKeyFigure && !i.IsArchived)
            .Include(i => i.Observations)
            .OrderBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);

        var keyFigures = indicators
            .Where(i => i.Observations.Count > 0)
            .Select(i => ToKeyFigure(i))
            .ToList();

        var now = time.GetUtcNow().UtcDateTime;
        var latest = VisibleArticles()
            .Where(a => a.Category!.Slug != Category.CongressSlug)
            .OrderByDescending(a => a.PublishedAtUtc)
            .Take(options.Value.HomeNewsCount)
            .Select(a => new { Pinned = false, a.Title, a.Slug, a.Summary, CategoryName = a.Category!.Name, CategorySlug = a.Category.Slug, PublishedAtUtc = a.PublishedAtUtc!.Value, a.CoverImagePath, a.CoverImageAlt });
        var pinned = VisibleArticles()
            .Where(Article.PinnedAt(now))
            .Select(a => new { Pinned = true, a.Title, a.Slug, a.Summary, CategoryName = a.Category!.Name, CategorySlug = a.Category.Slug, PublishedAtUtc = a.PublishedAtUtc!.Value, a.CoverImagePath, a.CoverImageAlt });
        var articles = await latest.Concat(pinned).ToListAsync(cancellationToken);
        List<ArticleCard> Cards(bool pinned) =>
            [.. articles.Where(a => a.Pinned == pinned).OrderByDescending(a => a.PublishedAtUtc)
                .Select(a => new ArticleCard(a.Title, a.Slug, a.Summary, a.CategoryName, a.CategorySlug, a.PublishedAtUtc, a.CoverImagePath, a.CoverImageAlt))];

        var breakthroughs = db.Breakthroughs
            .Where(b => b.TermStartYear == CurrentTermStartYear && !b.IsArchived)
            .Select(b => new { IsSite = false, Order = b.Number, b.Title, b.Slug, b.Summary, Kind = HeritageKind.Den });
        var sites = db.HeritageSites
            .Where(h => !h.IsArchived)
            .OrderBy(h => h.SortOrder)
            .Take(3)
            .Select(h => new { IsSite = true, Order = h.SortOrder, Title = h.Name, h.Slug, h.Summary, h.Kind });
        var tiles = await breakthroughs.Concat(sites).AsNoTracking().ToListAsync(cancellationToken);

        return new HomeViewModel(
            keyFigures,
            Cards(pinned: false),
            [.. tiles.Where(t => !t.IsSite).OrderBy(t => t.Order).Select(t => new HomeTile(t.Title, t.Slug, t.Summary, t.Kind))],
            [.. tiles.Where(t => t.IsSite).OrderBy(t => t.Order).Select(t => new HomeTile(t.Title, t.Slug, t.Summary, t.Kind))])
        {
            Pinned = Cards(pinned: true),
        };
    }

    /// <summary>An indicator's observations shown together: "0,55% (2021) → 0,27% (2025)".</summary>
    private static KeyFigure ToKeyFigure(Indicator indicator)
    {
        var observations = indicator.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year).ToList();
        var last = observations[^1];
        var value = string.Join(" → ", observations.Select(o => VietnameseFormat.Observation(o, indicator.Unit)));
        var periods = observations.Select(VietnameseFormat.Period).Where(p => p.Length > 0).Distinct().ToList();
        return new KeyFigure(indicator.Name, value, string.Join(" → ", periods), last.Note);
    }

    public async Task<CongressViewModel?> GetCongressReportAsync(CancellationToken cancellationToken)
    {
        var report = await VisibleArticles()
            .Include(a => a.Category)
            .Where(a => a.Category!.Slug == Category.CongressSlug)
            .OrderByDescending(a => a.PublishedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return report is null ? null : new CongressViewModel(report, report.Headings());
    }

    public async Task<AchievementsViewModel> GetAchievementsAsync(CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => !i.IsArchived)
            .Include(i => i.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year))
            .OrderBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);

        var groups = Enum.GetValues<IndicatorGroup>()
            .Select(g => new IndicatorGroupViewModel(g, VietnameseFormat.GroupName(g), indicators.Where(i => i.Group == g).ToList()))
            .Where(g => g.Indicators.Count > 0)
            .ToList();

        var past = await db.Breakthroughs.AsNoTracking()
            .Where(b => b.TermStartYear == PreviousTermStartYear && !b.IsArchived)
            .OrderBy(b => b.Number)
            .ToListAsync(cancellationToken);
        return new AchievementsViewModel(groups, past);
    }

    /// <summary>An indicator that is not archived, with its observations in the page's order; null when there is none.</summary>
    public Task<Indicator?> GetIndicatorAsync(string slug, CancellationToken cancellationToken) =>
        db.Indicators.AsNoTracking()
            .Include(i => i.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year))
            .FirstOrDefaultAsync(i => i.Slug == slug && !i.IsArchived, cancellationToken);

    public async Task<TargetsViewModel> GetTargetsAsync(CancellationToken cancellationToken)
    {
        var general = await db.Targets.AsNoTracking()
            // Goals outside this term's live breakthroughs are shown here rather than silently dropped.
            .Where(t => !t.IsArchived
                && (t.BreakthroughId == null || t.Breakthrough!.IsArchived || t.Breakthrough.TermStartYear != CurrentTermStartYear))
            .Include(t => t.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id))
            .OrderBy(t => t.SortOrder)
            .ToListAsync(cancellationToken);

        var breakthroughs = await db.Breakthroughs.AsNoTracking()
            .Where(b => b.TermStartYear == CurrentTermStartYear && !b.IsArchived)
            .Include(b => b.Targets.Where(t => !t.IsArchived).OrderBy(t => t.SortOrder))
            .ThenInclude(t => t.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id))
            .OrderBy(b => b.Number)

            // One chain (breakthrough, targets, updates): a single query has no cartesian product to split.
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        return new TargetsViewModel(general, breakthroughs);
    }

    /// <summary>
    /// A target that is not archived, with its progress updates newest first and its breakthrough when that is one of this
    /// term's shown ones (as on /muc-tieu, where the others' goals are listed as general ones); null when there is none.
    /// </summary>
    public async Task<Target?> GetTargetAsync(string slug, CancellationToken cancellationToken)
    {
        var target = await VisibleTargets()
            .Include(t => t.Breakthrough)
            .Include(t => t.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id))
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (target?.Breakthrough is { } breakthrough && (breakthrough.IsArchived || breakthrough.TermStartYear != CurrentTermStartYear))
        {
            target.Breakthrough = null;
        }

        return target;
    }

    public async Task<HeritageListViewModel> GetHeritageAsync(CancellationToken cancellationToken)
    {
        var sites = await db.HeritageSites.AsNoTracking()
            .Where(h => !h.IsArchived)
            .Include(h => h.FormerUnit)
            .Include(h => h.Festivals.Where(f => !f.IsArchived).OrderBy(f => f.SortOrder))
            .ThenInclude(f => f.Dates)
            .OrderBy(h => h.SortOrder)
            // One command: a site's festivals and their dates are one chain of joins (no cartesian product).
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

        var unplaced = await db.Festivals.AsNoTracking()
            .Where(f => f.HeritageSiteId == null && !f.IsArchived)
            .Include(f => f.Dates)
            .OrderBy(f => f.SortOrder)
            .ToListAsync(cancellationToken);
        return new HeritageListViewModel(sites, unplaced);
    }

    /// <summary>
    /// A heritage site that is not archived, with its former unit, photos, and festivals with their dates; null when
    /// there is none. Two commands, each one chain of joins: the site with its photos, then its festivals with dates.
    /// </summary>
    public async Task<HeritageSite?> GetHeritageSiteAsync(string slug, CancellationToken cancellationToken)
    {
        var site = await db.HeritageSites.AsNoTracking()
            .Include(h => h.FormerUnit)
            .Include(h => h.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)).ThenInclude(p => p.MediaAsset)
            .AsSingleQuery()
            .FirstOrDefaultAsync(h => h.Slug == slug && !h.IsArchived, cancellationToken);
        if (site is null)
        {
            return null;
        }

        site.Festivals = await db.Festivals.AsNoTracking()
            .Where(f => f.HeritageSiteId == site.Id && !f.IsArchived)
            .Include(f => f.Dates)
            .OrderBy(f => f.SortOrder)
            .ToListAsync(cancellationToken);
        return site;
    }

    /// <summary>One page of visible articles, newest first; null when the page is past the last one.</summary>
    public Task<NewsListViewModel?> GetNewsPageAsync(int page, CancellationToken cancellationToken) =>
        ArticlePageAsync(VisibleArticles(), page, cancellationToken);

    /// <summary>
    /// One page of a category's visible articles, newest first, under the category's name; null when the category is
    /// unknown or archived, or the page is past the last one. The announcements are listed on their own route.
    /// </summary>
    public async Task<NewsListViewModel?> GetCategoryPageAsync(string slug, int page, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && !c.IsArchived, cancellationToken);
        if (category is null)
        {
            return null;
        }

        var section = category.Slug == Category.AnnouncementsSlug
            ? new ArticleListSection(category.Name, category.Description, RouteNames.Announcements, null)
            : new ArticleListSection(category.Name, category.Description, RouteNames.Category, category.Slug);
        return await ArticlePageAsync(VisibleArticles().Where(a => a.CategoryId == category.Id), page, cancellationToken) is { } list
            ? list with { Section = section }
            : null;
    }

    /// <summary>One page of a tag's visible articles, newest first; null when the tag is unknown or archived, or past the last page.</summary>
    public async Task<NewsListViewModel?> GetTagPageAsync(string slug, int page, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug && !t.IsArchived, cancellationToken);
        if (tag is null)
        {
            return null;
        }

        var section = new ArticleListSection(
            VietnameseFormat.Text(AnnouncementsText.Tag_TitleFormat, tag.Name),
            VietnameseFormat.Text(AnnouncementsText.Tag_DescriptionFormat, tag.Name),
            RouteNames.Tag,
            tag.Slug);
        return await ArticlePageAsync(VisibleArticles().Where(a => a.Tags.Any(t => t.Id == tag.Id)), page, cancellationToken) is { } list
            ? list with { Section = section }
            : null;
    }

    /// <summary>The bodies of /gioi-thieu/to-chuc that are not archived, each with its people.</summary>
    public async Task<OrganisationViewModel> GetOrganisationAsync(CancellationToken cancellationToken) =>
        new(await db.Organisations.AsNoTracking()
            .Where(o => !o.IsArchived)
            .Include(o => o.Officials.OrderBy(p => p.SortOrder).ThenBy(p => p.Id))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
            .ToListAsync(cancellationToken));

    private async Task<NewsListViewModel?> ArticlePageAsync(IQueryable<Article> visible, int page, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.NewsPageSize;
        var total = await visible.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var articles = await ArticleCards(visible
                .OrderByDescending(a => a.PublishedAtUtc)
                .ThenByDescending(a => a.Id))
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new NewsListViewModel(articles, page, pageCount, total);
    }

    /// <summary>
    /// An article's page: only what the page and its metadata show (not its Markdown, not the stamps of its category and
    /// tags), so the one command is short to prepare and to read.
    /// </summary>
    public Task<Article?> GetArticleAsync(string slug, CancellationToken cancellationToken) =>
        VisibleArticles()
            .Where(a => a.Slug == slug)
            .Select(a => new Article
            {
                Id = a.Id,
                Slug = a.Slug,
                Title = a.Title,
                Summary = a.Summary,
                BodyHtml = a.BodyHtml,
                CoverImagePath = a.CoverImagePath,
                CoverImageAlt = a.CoverImageAlt,
                CategoryId = a.CategoryId,
                Category = new Category { Name = a.Category!.Name, Slug = a.Category.Slug },
                Tags = a.Tags.Where(t => !t.IsArchived).OrderBy(t => t.Id).Select(t => new Tag { Name = t.Name, Slug = t.Slug }).ToList(),
                Status = a.Status,
                PublishedAtUtc = a.PublishedAtUtc,
                UpdatedAtUtc = a.UpdatedAtUtc,
                Author = a.Author,
            })
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<AboutViewModel> GetAboutAsync(CancellationToken cancellationToken)
    {
        var units = await db.FormerUnits.AsNoTracking()
            .Where(u => !u.IsArchived)
            .Include(u => u.HeritageSites.Where(h => !h.IsArchived).OrderBy(h => h.SortOrder))
            .OrderBy(u => u.SortOrder)
            .ToListAsync(cancellationToken);
        return new AboutViewModel(units);
    }

    private static IQueryable<ArticleCard> ArticleCards(IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Title, a.Slug, a.Summary, a.Category!.Name, a.Category.Slug, a.PublishedAtUtc!.Value, a.CoverImagePath, a.CoverImageAlt));
}
