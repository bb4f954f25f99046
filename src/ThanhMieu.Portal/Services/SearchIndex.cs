using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Keeps <see cref="SearchEntry"/> rows in step with what residents may see. The edit pipeline calls
/// <see cref="RefreshAsync"/> inside every save's transaction (create, edit, archive, restore, moderation of a question);
/// start-up calls <see cref="EnsureAsync"/>, which rebuilds a type's entries when their count does not match its
/// visible items (a new or restored database, content written outside the pipeline). Entries are only added here;
/// the caller's save writes them.
/// </summary>
public sealed partial class SearchIndex(PortalDbContext db)
{
    private static readonly SearchKind[] ArticleKinds = [SearchKind.Article, SearchKind.CongressSection];

    /// <summary>Replaces the entries of what a saved entity shows, and of what its visibility decides (a category's articles).</summary>
    public async Task RefreshAsync(object entity, CancellationToken cancellationToken)
    {
        switch (entity)
        {
            case Article article:
                await ArticlesAsync(a => a.Id == article.Id, cancellationToken);
                break;
            case Category category:
                await ArticlesAsync(a => a.CategoryId == category.Id, cancellationToken);
                break;
            case HeritageSite site:
                await SitesAsync(s => s.Id == site.Id, cancellationToken);
                await FestivalsAsync(f => f.HeritageSiteId == site.Id, cancellationToken);
                break;
            case Festival festival:
                await FestivalsAsync(f => f.Id == festival.Id, cancellationToken);
                break;
            case Target target:
                await TargetsAsync(t => t.Id == target.Id, cancellationToken);
                break;
            case Indicator indicator:
                await IndicatorsAsync(i => i.Id == indicator.Id, cancellationToken);
                break;
            case FormerUnit unit:
                await UnitsAsync(u => u.Id == unit.Id, cancellationToken);
                break;
            case LegalDocument document:
                await DocumentsAsync(d => d.Id == document.Id, cancellationToken);
                break;
            case Question question:
                await QuestionsAsync(q => q.Id == question.Id, cancellationToken);
                break;
            case Organisation organisation:
                await OrganisationsAsync(o => o.Id == organisation.Id, cancellationToken);
                break;
            case Procedure procedure:
                await ProceduresAsync(p => p.Id == procedure.Id, cancellationToken);
                break;
        }
    }

    /// <summary>Rebuilds the entries of every type whose indexed items do not match its visible ones; saves. Idempotent.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var rebuilt = 0;
        rebuilt += await EnsureAsync(Articles, ArticleKinds, ArticlesAsync, cancellationToken);
        rebuilt += await EnsureAsync(Sites, [SearchKind.HeritageSite], SitesAsync, cancellationToken);
        rebuilt += await EnsureAsync(Festivals, [SearchKind.Festival], FestivalsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Targets, [SearchKind.Target], TargetsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Indicators, [SearchKind.Indicator], IndicatorsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Units, [SearchKind.FormerUnit], UnitsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Documents, [SearchKind.Document], DocumentsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Questions, [SearchKind.Question], QuestionsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Organisations, [SearchKind.Organisation], OrganisationsAsync, cancellationToken);
        rebuilt += await EnsureAsync(Procedures, [SearchKind.Procedure], ProceduresAsync, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return rebuilt;
    }

    // What each type shows residents: the public pages' rules, without the clock (a scheduled article's time is kept on its entry).
    private static readonly Expression<Func<Article, bool>> Articles =
        a => !a.IsArchived && !a.Category!.IsArchived && a.Status != ArticleStatus.Draft && a.PublishedAtUtc != null;

    private static readonly Expression<Func<HeritageSite, bool>> Sites = s => !s.IsArchived;

    private static readonly Expression<Func<Festival, bool>> Festivals =
        f => !f.IsArchived && (f.HeritageSiteId == null || !f.HeritageSite!.IsArchived);

    private static readonly Expression<Func<Target, bool>> Targets = t => !t.IsArchived;

    private static readonly Expression<Func<Indicator, bool>> Indicators = i => !i.IsArchived;

    private static readonly Expression<Func<FormerUnit, bool>> Units = u => !u.IsArchived;

    private static readonly Expression<Func<LegalDocument, bool>> Documents = d => !d.IsArchived;

    private static readonly Expression<Func<Question, bool>> Questions = q => q.Status == QuestionStatus.Answered && !q.IsArchived;

    private static readonly Expression<Func<Organisation, bool>> Organisations = o => !o.IsArchived;

    private static readonly Expression<Func<Procedure, bool>> Procedures = p => !p.IsArchived;

    private Task ArticlesAsync(Expression<Func<Article, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Articles.Include(a => a.Category), which, Articles, ArticleKinds, ArticleEntries, cancellationToken);

    private Task SitesAsync(Expression<Func<HeritageSite, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.HeritageSites, which, Sites, [SearchKind.HeritageSite], s =>
            [Entry(SearchKind.HeritageSite, s, s.Slug, null, s.Name, s.UpdatedAtUtc,
                s.Summary, SearchWords.PlainText(s.DescriptionHtml), s.RecognitionLevel, s.Address)], cancellationToken);

    private Task FestivalsAsync(Expression<Func<Festival, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Festivals.Include(f => f.HeritageSite), which, Festivals, [SearchKind.Festival], f =>
            [Entry(SearchKind.Festival, f, f.HeritageSite?.Slug, f.Slug, f.Name, f.UpdatedAtUtc,
                f.Description, f.LunarDate, f.DateNote, f.Recognition, f.HeritageSite?.Name)], cancellationToken);

    private Task TargetsAsync(Expression<Func<Target, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Targets, which, Targets, [SearchKind.Target], t =>
            [Entry(SearchKind.Target, t, t.Slug, t.Slug, t.Title, t.UpdatedAtUtc, t.Description, t.Metric, t.ResponsibleBody)], cancellationToken);

    private Task IndicatorsAsync(Expression<Func<Indicator, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Indicators, which, Indicators, [SearchKind.Indicator], i =>
            [Entry(SearchKind.Indicator, i, i.Slug, null, i.Name, i.UpdatedAtUtc, i.Description)], cancellationToken);

    private Task UnitsAsync(Expression<Func<FormerUnit, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.FormerUnits, which, Units, [SearchKind.FormerUnit], u =>
            [Entry(SearchKind.FormerUnit, u, u.Slug, null, u.Name, u.UpdatedAtUtc, u.Summary, SearchWords.PlainText(u.HistoryHtml))], cancellationToken);

    private Task DocumentsAsync(Expression<Func<LegalDocument, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.LegalDocuments, which, Documents, [SearchKind.Document], d =>
            [Entry(SearchKind.Document, d, d.Slug, null,
                VietnameseFormat.Text(DocumentText.Public_DocumentTitle, DocumentNames.Type(d.Type), d.DocumentNumber),
                d.SignedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), d.Summary, d.IssuingBody, d.Signer, d.Field)], cancellationToken);

    private Task QuestionsAsync(Expression<Func<Question, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Questions, which, Questions, [SearchKind.Question], q =>
            [Entry(SearchKind.Question, q, q.Slug, null, q.Subject, q.AnsweredAtUtc ?? q.UpdatedAtUtc, q.Body, SearchWords.PlainText(q.AnswerHtml))],
            cancellationToken);

    private Task OrganisationsAsync(Expression<Func<Organisation, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Organisations, which, Organisations, [SearchKind.Organisation], o =>
            [Entry(SearchKind.Organisation, o, o.Slug, o.Slug, o.Name, o.UpdatedAtUtc, SearchWords.PlainText(o.DutiesHtml), o.Contact)], cancellationToken);

    private Task ProceduresAsync(Expression<Func<Procedure, bool>>? which, CancellationToken cancellationToken) =>
        ReindexAsync(db.Procedures, which, Procedures, [SearchKind.Procedure], p =>
            [Entry(SearchKind.Procedure, p, p.Slug, p.Slug, p.Name, p.UpdatedAtUtc, p.Field, p.WhereToApply, p.Note)], cancellationToken);

    /// <summary>An article is one entry; the congress report is one entry per section, linked to its anchor on /dai-hoi.</summary>
    private static IEnumerable<SearchEntry> ArticleEntries(Article article)
    {
        var published = article.PublishedAtUtc!.Value;
        if (article.Category?.Slug != Category.CongressSlug)
        {
            var entry = Entry(SearchKind.Article, article, article.Slug, null, article.Title, published,
                article.Summary, SearchWords.PlainText(article.BodyHtml));
            entry.VisibleFromUtc = published;
            yield return entry;
            yield break;
        }

        var html = article.BodyHtml;
        var headings = Heading().Matches(html);
        var lead = headings.Count > 0 ? html[..headings[0].Index] : html;
        var sections = new List<(string? Fragment, string Title, string Text)> { (null, article.Title, article.Summary + " " + SearchWords.PlainText(lead)) };
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Index : html.Length;
            var heading = headings[i];
            var start = heading.Index + heading.Length;
            sections.Add((heading.Groups["id"].Value, SearchWords.PlainText(heading.Groups["text"].Value), SearchWords.PlainText(html[start..end])));
        }

        foreach (var (fragment, title, text) in sections)
        {
            var entry = Entry(SearchKind.CongressSection, article, article.Slug, fragment, title, published, text);
            entry.VisibleFromUtc = published;
            yield return entry;
        }
    }

    private static SearchEntry Entry(SearchKind kind, ContentItem item, string? slug, string? fragment, string title, DateTime dateUtc, params string?[] texts)
    {
        var text = SearchWords.Normal(string.Join(" ", texts.Where(t => !string.IsNullOrWhiteSpace(t))));
        title = SearchWords.Normal(title);
        return new SearchEntry
        {
            Kind = kind,
            ItemId = item.Id,
            Slug = slug,
            Fragment = fragment,
            Title = title,
            Text = text,
            FoldedTitle = SearchWords.Fold(title),
            FoldedText = SearchWords.Fold(text),
            DateUtc = dateUtc,
        };
    }

    /// <summary>
    /// Deletes the entries of the items <paramref name="which"/> names and adds those of the visible ones, for the
    /// caller's save; with no <paramref name="which"/>, rebuilds the whole type, saving as it goes.
    /// </summary>
    private async Task ReindexAsync<T>(
        IQueryable<T> items,
        Expression<Func<T, bool>>? which,
        Expression<Func<T, bool>> visible,
        SearchKind[] kinds,
        Func<T, IEnumerable<SearchEntry>> entries,
        CancellationToken cancellationToken)
        where T : ContentItem
    {
        var entriesOfKinds = db.SearchEntries.Where(e => kinds.Contains(e.Kind));
        if (which is null)
        {
            await entriesOfKinds.ExecuteDeleteAsync(cancellationToken);
            await RebuildInBatchesAsync(items.AsNoTracking().Where(visible), entries, cancellationToken);
            return;
        }

        items = items.Where(which);
        var ids = await items.Select(i => i.Id).ToListAsync(cancellationToken);
        await entriesOfKinds.Where(e => ids.Contains(e.ItemId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var item in await items.AsNoTracking().Where(visible).ToListAsync(cancellationToken))
        {
            db.SearchEntries.AddRange(entries(item));
        }
    }

    /// <summary>
    /// Every item's entries, a batch at a time in id order, each batch saved and let go: a rebuild of 10,000 articles
    /// never holds them all (nor their entries in the change tracker). Not atomic, and need not be: a rebuild cut short
    /// leaves counts that differ, so the next <see cref="EnsureAsync(CancellationToken)"/> starts it again.
    /// </summary>
    private async Task RebuildInBatchesAsync<T>(IQueryable<T> items, Func<T, IEnumerable<SearchEntry>> entries, CancellationToken cancellationToken)
        where T : ContentItem
    {
        const int batchSize = 200;
        var after = 0;
        while (true)
        {
            var batch = await items.Where(i => i.Id > after).OrderBy(i => i.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            var added = batch.SelectMany(entries).ToList();
            db.SearchEntries.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in added)
            {
                db.Entry(entry).State = EntityState.Detached;
            }

            after = batch[^1].Id;
        }
    }

    private async Task<int> EnsureAsync<T>(
        Expression<Func<T, bool>> visible,
        SearchKind[] kinds,
        Func<Expression<Func<T, bool>>?, CancellationToken, Task> reindex,
        CancellationToken cancellationToken)
        where T : ContentItem
    {
        var shown = await db.Set<T>().CountAsync(visible, cancellationToken);
        var indexed = await db.SearchEntries.Where(e => kinds.Contains(e.Kind)).Select(e => e.ItemId).Distinct().CountAsync(cancellationToken);
        if (shown == indexed)
        {
            return 0;
        }

        await reindex(null, cancellationToken);
        return shown;
    }

    [GeneratedRegex("<h([1-6])\\b[^>]*\\bid=\"(?<id>[^\"]+)\"[^>]*>(?<text>.*?)</h\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
