namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>
/// Turns the <see cref="SeedContent"/> records into entities, in the order of the files: that order gives the
/// sort orders and the articles' order (newest first): an article a source dates carries that date (midnight in
/// Vietnam), the others are undated pages a minute apart after <see cref="Article.UndatedUtc"/>.
/// </summary>
internal static class InitialContent
{
    private const int VietnamUtcOffsetHours = 7;

    public static void AddTo(PortalDbContext db, SeedContent content, IMarkdownRenderer renderer)
    {
        var categories = AddAll(db.Categories, content.Categories.Select(NewCategory), c => c.Slug);
        var tags = AddAll(db.Tags, content.Tags.Select(t => new Tag { Name = t.Name, Slug = t.Slug }), t => t.Slug);
        db.Articles.AddRange(content.Articles.Select((a, i) => NewArticle(a, categories, tags, renderer, PublishedAtUtc(a, content.Articles.Count - i))));
        AddIndicators(db, content);
        var breakthroughs = AddAll(db.Breakthroughs, content.Breakthroughs.Select(NewBreakthrough), b => b.Slug);
        db.Targets.AddRange(content.Targets.Select((t, i) => NewTarget(t, i + 1, breakthroughs)));
        var units = AddAll(db.FormerUnits, content.FormerUnits.Select((u, i) => NewFormerUnit(u, i + 1, content, renderer)), u => u.Slug);
        var sites = AddAll(
            db.HeritageSites,
            content.HeritageSites.Select((s, i) => NewHeritageSite(s, i + 1, units, content, renderer)),
            s => s.Slug);
        db.Festivals.AddRange(content.Festivals.Select((f, i) => NewFestival(f, i + 1, sites, content)));
        db.LegalDocuments.AddRange(content.LegalDocuments.Select(d => NewLegalDocument(d, content)));
        AddOrganisations(db, content, renderer);
    }

    private static LegalDocument NewLegalDocument(SeedLegalDocument seed, SeedContent content)
    {
        var document = new LegalDocument
        {
            Slug = seed.Slug,
            DocumentNumber = seed.DocumentNumber,
            Type = seed.Type,
            IssuingBody = seed.IssuingBody,
            Signer = seed.Signer,
            SignedOn = seed.SignedOn,
            EffectiveOn = seed.EffectiveOn,
            Summary = seed.Summary,
            Field = seed.Field,
            Status = seed.Status,
            Sources = SourceLines(content, seed.Sources),
        };
        document.UpdateSearchText();
        return document;
    }

    /// <summary>The bodies and their people; also run on its own for a database seeded before they existed.</summary>
    public static void AddOrganisations(PortalDbContext db, SeedContent content, IMarkdownRenderer renderer) =>
        db.Organisations.AddRange(content.Organisations.Select((o, i) => Rendered(
            new Organisation
            {
                Name = o.Name,
                NameEn = o.NameEn,
                Slug = o.Slug,
                Contact = o.Contact,
                SortOrder = i + 1,
                Officials = [.. o.Officials.Select((p, j) => new Official { Name = p.Name, Position = p.Position, PositionEn = p.PositionEn, SortOrder = j + 1 })],
            },
            organisation => organisation.SetDuties("", null, renderer))));

    private static Category NewCategory(SeedCategory seed, int index) => new()
    {
        Name = seed.Name,
        Slug = seed.Slug,
        Description = seed.Description,
        SortOrder = index + 1,
    };

    private static Article NewArticle(
        SeedArticle seed,
        Dictionary<string, Category> categories,
        Dictionary<string, Tag> tags,
        IMarkdownRenderer renderer,
        DateTime publishedAtUtc) => Rendered(
        new Article
        {
            Title = seed.Title,
            Slug = seed.Slug,
            Summary = seed.Summary,
            Category = Find(categories, seed.Category, "category"),
            Tags = [.. seed.Tags.Select(slug => Find(tags, slug, "tag"))],
            Status = ArticleStatus.Published,
            PublishedAtUtc = publishedAtUtc,
            Author = seed.Author,
        },
        article => article.SetBody(seed.Markdown, renderer));

    /// <summary>The source's date, or an undated page's place in the order (a larger <paramref name="rank"/> is newer).</summary>
    public static DateTime PublishedAtUtc(SeedArticle seed, int rank) =>
        seed.PublishedOn is { } day
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-VietnamUtcOffsetHours)
            : Article.UndatedUtc.AddMinutes(rank);

    private static void AddIndicators(PortalDbContext db, SeedContent content)
    {
        var indicators = content.Indicators.Select((x, i) => new Indicator
        {
            Name = x.Name,
            Slug = x.Slug,
            Group = x.Group,
            Unit = x.Unit,
            Description = x.Description,
            IsKeyFigure = x.IsKeyFigure,
            SortOrder = i + 1,
        }).ToList();
        var bySlug = indicators.ToDictionary(x => x.Slug, StringComparer.Ordinal);

        foreach (var o in content.Observations)
        {
            var indicator = Find(bySlug, o.Indicator, "indicator");
            indicator.Observations.Add(new Observation
            {
                StartYear = o.StartYear,
                Year = o.Year,
                Value = o.Value,
                OutOf = o.OutOf,
                Qualifier = o.Qualifier,
                Note = o.Note ?? "",
                Source = Find(content.Sources, o.Source, "source"),
                SortOrder = indicator.Observations.Count + 1,
            });
        }

        // Added with their observations, as one graph, so the rows are written indicator by indicator.
        db.Indicators.AddRange(indicators);
    }

    private static Breakthrough NewBreakthrough(SeedBreakthrough seed) => new()
    {
        Title = seed.Title,
        Slug = seed.Slug,
        TermStartYear = seed.TermStartYear,
        Number = seed.Number,
        Summary = seed.Summary,
    };

    // Nothing is assessed yet: the congress gives goals, not progress.
    internal static Target NewTarget(SeedTarget seed, int sortOrder, Dictionary<string, Breakthrough> breakthroughs) => new()
    {
        Title = seed.Title,
        Slug = seed.Slug,
        Description = seed.Description,
        Breakthrough = FindOrNone(breakthroughs, seed.Breakthrough, "breakthrough"),
        Status = TargetStatus.NotAssessed,
        SortOrder = sortOrder,
    };

    private static FormerUnit NewFormerUnit(SeedFormerUnit seed, int sortOrder, SeedContent content, IMarkdownRenderer renderer) => Rendered(
        new FormerUnit
        {
            Name = seed.Name,
            Slug = seed.Slug,
            Kind = seed.Kind,
            SortOrder = sortOrder,
            Summary = seed.Summary,
            Sources = SourceLines(content, seed.Sources),
        },
        unit => unit.SetHistory(seed.HistoryMarkdown, renderer));

    internal static HeritageSite NewHeritageSite(
        SeedHeritageSite seed,
        int sortOrder,
        Dictionary<string, FormerUnit> units,
        SeedContent content,
        IMarkdownRenderer renderer) => Rendered(
        new HeritageSite
        {
            Name = seed.Name,
            Slug = seed.Slug,
            Kind = seed.Kind,
            FormerUnit = FindOrNone(units, seed.FormerUnit, "former unit"),
            Summary = seed.Summary,
            RecognitionLevel = seed.RecognitionLevel,
            Address = seed.Address,
            Sources = SourceLines(content, seed.Sources),
            SortOrder = sortOrder,
        },
        site => site.SetDescription(seed.DescriptionMarkdown, renderer));

    internal static Festival NewFestival(SeedFestival seed, int sortOrder, Dictionary<string, HeritageSite> sites, SeedContent content) => new()
    {
        Name = seed.Name,
        Slug = seed.Slug,
        HeritageSite = FindOrNone(sites, seed.HeritageSite, "heritage site"),
        Dates = NewFestivalDates(seed),
        DateNote = seed.DateNote,
        Description = seed.Description,
        Recognition = seed.Recognition,
        Sources = SourceLines(content, seed.Sources),
        SortOrder = sortOrder,
    };

    /// <summary>A seeded festival's lunar dates, in the seed's order.</summary>
    internal static List<FestivalDate> NewFestivalDates(SeedFestival seed) =>
        (seed.Dates ?? []).Select((d, i) => new FestivalDate
        {
            Day = d.Day,
            Month = d.Month,
            EndDay = d.EndDay,
            IsLeapMonth = d.IsLeapMonth,
            Source = d.Source,
            Note = d.Note,
            SortOrder = i + 1,
        }).ToList();

    // Markdown is rendered once, here at seed time, as when staff save it.
    private static T Rendered<T>(T entity, Action<T> setMarkdown)
    {
        setMarkdown(entity);
        return entity;
    }

    // Adds the entities in their order (which the row ids follow) and gives them back by slug.
    private static Dictionary<string, T> AddAll<T>(DbSet<T> set, IEnumerable<T> entities, Func<T, string> slug)
        where T : class
    {
        var list = entities.ToList();
        set.AddRange(list);
        return list.ToDictionary(slug, StringComparer.Ordinal);
    }

    private static string SourceLines(SeedContent content, IEnumerable<string> keys) =>
        string.Join('\n', keys.Select(key => Find(content.Sources, key, "source")));

    private static T Find<T>(IReadOnlyDictionary<string, T> items, string key, string kind) =>
        items.TryGetValue(key, out var item)
            ? item
            : throw new InvalidDataException($"Seed content refers to the {kind} '{key}', which no content file defines.");

    private static T? FindOrNone<T>(IReadOnlyDictionary<string, T> items, string? key, string kind)
        where T : class =>
        key is null ? null : Find(items, key, kind);
}
