using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>
/// Brings a database seeded before the content was corrected (issue 9) up to the current seed, at start, after
/// seeding. A field is replaced with the seed's value only while it still holds the exact text first seeded (kept in
/// Corrections/content-corrections.json); new items are added when their slug is absent; articles are re-dated only
/// while no one has saved them and they still carry their seeding time. Whatever staff edited stays as it is, and
/// a second run changes nothing.
/// </summary>
public sealed class ContentCorrections(PortalDbContext db, IMarkdownRenderer renderer, ILogger<ContentCorrections> logger)
{
    // Set by the EmbeddedResource item's LogicalName in the project file.
    private const string ResourceName = "ContentCorrections/content-corrections.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>Applies what still applies and gives the number of changes made.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var seed = SeedContent.LoadEmbedded();
        var data = Load();
        var changes = 0;
        foreach (var replaced in data.Replaced)
        {
            changes += await ReplaceAsync(seed, replaced, cancellationToken) ? 1 : 0;
        }

        changes += await AddMissingAsync(seed, data.Added, cancellationToken);
        changes += await RedateAsync(seed, data.Redated, cancellationToken);
        changes += await ConvertLunarDatesAsync(seed, data.FestivalDates, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }

    private static CorrectionsFile Load()
    {
        using var stream = typeof(ContentCorrections).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded file '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<CorrectionsFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"'{ResourceName}' holds null.");
    }

    private async Task<bool> ReplaceAsync(SeedContent seed, Replacement r, CancellationToken cancellationToken)
    {
        object? row = r.Kind switch
        {
            "articles" => await db.Articles.SingleOrDefaultAsync(a => a.Slug == r.Slug, cancellationToken),
            "heritage-sites" => await db.HeritageSites.SingleOrDefaultAsync(s => s.Slug == r.Slug, cancellationToken),
            "festivals" => await db.Festivals.SingleOrDefaultAsync(f => f.Slug == r.Slug, cancellationToken),
            "targets" => await db.Targets.SingleOrDefaultAsync(t => t.Slug == r.Slug, cancellationToken),
            _ => throw new InvalidDataException($"Unknown kind '{r.Kind}' in '{ResourceName}'."),
        };
        if (row is null)
        {
            return false;
        }

        var property = db.Entry(row).Property(r.Field);
        if (!string.Equals(Convert.ToString(property.CurrentValue, CultureInfo.InvariantCulture), r.Old, StringComparison.Ordinal))
        {
            return false;
        }

        switch (row, r.Field)
        {
            case (Article article, nameof(Article.BodyMarkdown)):
                article.SetBody(Find(seed.Articles, a => a.Slug, r).Markdown, renderer);
                break;
            case (HeritageSite site, nameof(HeritageSite.DescriptionMarkdown)):
                site.SetDescription(Find(seed.HeritageSites, s => s.Slug, r).DescriptionMarkdown, renderer);
                break;
            default:
                property.CurrentValue = NewValue(seed, r);
                break;
        }

        logger.LogInformation("Content correction: {Kind} '{Slug}', {Field} replaced with the corrected seed text", r.Kind, r.Slug, r.Field);
        return true;
    }

    private static object? NewValue(SeedContent seed, Replacement r) => (r.Kind, r.Field) switch
    {
        ("articles", nameof(Article.Title)) => Find(seed.Articles, a => a.Slug, r).Title,
        ("articles", nameof(Article.Summary)) => Find(seed.Articles, a => a.Slug, r).Summary,
        ("heritage-sites", nameof(HeritageSite.Name)) => Find(seed.HeritageSites, s => s.Slug, r).Name,
        ("heritage-sites", nameof(HeritageSite.Kind)) => Find(seed.HeritageSites, s => s.Slug, r).Kind,
        ("heritage-sites", nameof(HeritageSite.Summary)) => Find(seed.HeritageSites, s => s.Slug, r).Summary,
        ("festivals", nameof(Festival.DateNote)) => Find(seed.Festivals, f => f.Slug, r).DateNote,
        ("festivals", nameof(Festival.Description)) => Find(seed.Festivals, f => f.Slug, r).Description,
        ("targets", nameof(Target.Title)) => Find(seed.Targets, t => t.Slug, r).Title,
        ("targets", nameof(Target.Description)) => Find(seed.Targets, t => t.Slug, r).Description,
        _ => throw new InvalidDataException($"'{ResourceName}' corrects {r.Kind}.{r.Field}, which it has no rule for."),
    };

    private async Task<int> AddMissingAsync(SeedContent seed, AddedItems added, CancellationToken cancellationToken)
    {
        var count = 0;
        var units = await db.FormerUnits.ToDictionaryAsync(u => u.Slug, StringComparer.Ordinal, cancellationToken);
        var sites = await db.HeritageSites.ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        var order = sites.Count == 0 ? 0 : sites.Values.Max(s => s.SortOrder);
        foreach (var slug in added.HeritageSites.Where(slug => !sites.ContainsKey(slug)))
        {
            var site = InitialContent.NewHeritageSite(Find(seed.HeritageSites, s => s.Slug, slug), ++order, units, seed, renderer);
            db.HeritageSites.Add(site);
            sites[slug] = site;
            count += Added("heritage site", slug);
        }

        var festivals = await db.Festivals.Select(f => new { f.Slug, f.SortOrder }).ToListAsync(cancellationToken);
        order = festivals.Count == 0 ? 0 : festivals.Max(f => f.SortOrder);
        foreach (var slug in added.Festivals.Where(slug => festivals.TrueForAll(f => f.Slug != slug)))
        {
            db.Festivals.Add(InitialContent.NewFestival(Find(seed.Festivals, f => f.Slug, slug), ++order, sites, seed));
            count += Added("festival", slug);
        }

        var targets = await db.Targets.Select(t => new { t.Slug, t.SortOrder }).ToListAsync(cancellationToken);
        var breakthroughs = await db.Breakthroughs.ToDictionaryAsync(b => b.Slug, StringComparer.Ordinal, cancellationToken);
        order = targets.Count == 0 ? 0 : targets.Max(t => t.SortOrder);
        foreach (var slug in added.Targets.Where(slug => targets.TrueForAll(t => t.Slug != slug)))
        {
            db.Targets.Add(InitialContent.NewTarget(Find(seed.Targets, t => t.Slug, slug), ++order, breakthroughs));
            count += Added("target", slug);
        }

        return count;
    }

    private int Added(string kind, string slug)
    {
        logger.LogInformation("Content correction: added the sourced {Kind} '{Slug}'", kind, slug);
        return 1;
    }

    // The seeder gave each article a time a few minutes before the moment it wrote the row (CreatedAtUtc), saved as the
    // system; a row a person saved names that person.
    private async Task<int> RedateAsync(SeedContent seed, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var count = 0;
        var system = Actor.SystemName;
        var articles = await db.Articles.Where(a => slugs.Contains(a.Slug) && (a.UpdatedBy == null || a.UpdatedBy == system))
            .ToListAsync(cancellationToken);
        foreach (var article in articles)
        {
            if (article.PublishedAtUtc is not { } at || at > article.CreatedAtUtc || at < article.CreatedAtUtc.AddHours(-1))
            {
                continue;
            }

            var index = seed.Articles.Select(a => a.Slug).ToList().IndexOf(article.Slug);
            article.PublishedAtUtc = InitialContent.PublishedAtUtc(seed.Articles[index], seed.Articles.Count - index);
            logger.LogInformation("Content correction: article '{Slug}' now carries its source's date or none", article.Slug);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Turns the free-text lunar date of a festival that has no dates yet into dates (ADR 0010): a text the seed once
    /// wrote gives the seed's dates, notes included; any other text is read by <see cref="FestivalDateText"/>. The text
    /// is emptied once converted; text that does not read stays as it is, shown as written, and is logged.
    /// </summary>
    private async Task<int> ConvertLunarDatesAsync(SeedContent seed, IReadOnlyList<SeededLunarDates> seeded, CancellationToken cancellationToken)
    {
        var count = 0;
        var festivals = await db.Festivals.Include(f => f.Dates)
            .Where(f => f.LunarDate != null && f.LunarDate != "" && !f.Dates.Any())
            .ToListAsync(cancellationToken);
        foreach (var festival in festivals)
        {
            var text = festival.LunarDate!.Trim();
            var dates = seeded.Any(s => s.Slug == festival.Slug && s.Seeded.Contains(text))
                ? InitialContent.NewFestivalDates(Find(seed.Festivals, f => f.Slug, festival.Slug))
                : FestivalDateText.Parse(text)?.ToList();
            if (dates is null)
            {
                logger.LogWarning("Festival '{Slug}': its lunar date text does not read as dates and stays as written", festival.Slug);
                continue;
            }

            festival.Dates.AddRange(dates);
            festival.LunarDate = null;
            logger.LogInformation("Content correction: festival '{Slug}', lunar date text turned into {Count} dates", festival.Slug, dates.Count);
            count++;
        }

        return count;
    }

    private static T Find<T>(IEnumerable<T> items, Func<T, string> slugOf, Replacement r) => Find(items, slugOf, r.Slug);

    private static T Find<T>(IEnumerable<T> items, Func<T, string> slugOf, string slug) =>
        items.SingleOrDefault(item => slugOf(item) == slug)
            ?? throw new InvalidDataException($"'{ResourceName}' names '{slug}', which the seed content does not hold.");

    private sealed record CorrectionsFile(
        [property: JsonPropertyName("_comment")] string Comment,
        IReadOnlyList<Replacement> Replaced,
        AddedItems Added,
        IReadOnlyList<string> Redated,
        IReadOnlyList<SeededLunarDates> FestivalDates);

    private sealed record SeededLunarDates(string Slug, IReadOnlyList<string> Seeded);

    private sealed record Replacement(string Kind, string Slug, string Field, string Old);

    private sealed record AddedItems(
        [property: JsonPropertyName("heritage-sites")] IReadOnlyList<string> HeritageSites,
        IReadOnlyList<string> Festivals,
        IReadOnlyList<string> Targets);
}
