namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// An article's history: the revision each save adds (through the pipeline's after-save hook of <see cref="ArticleAdmin"/>,
/// in the save's transaction), the list of revisions and the comparison of two. An old revision is used again through
/// the same save.
/// </summary>
public sealed class ArticleRevisions(PortalDbContext db, TimeProvider time, IHttpContextAccessor httpContextAccessor)
{
    /// <summary>
    /// The revision of one save; a saved article without one yet (seeded content) first gets <paramref name="before"/>,
    /// its state before this save, as revision 1.
    /// </summary>
    public async Task AddAsync(Article article, bool created, ArticleRevision? before, string note, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0 && !created)
        {
            var baseline = before ?? Snapshot(article);
            baseline.Number = ++last;
            baseline.SavedBy = Fit(article.Author ?? Actor.SystemName);
            baseline.Note = AdminText.Revision_Baseline;
            db.ArticleRevisions.Add(baseline);
        }

        var revision = Snapshot(article);
        revision.Number = last + 1;
        revision.SavedAtUtc = time.GetUtcNow().UtcDateTime;
        revision.SavedBy = Fit(Actor.From(httpContextAccessor.HttpContext).Name);
        revision.Note = created ? AdminText.Revision_Created : note;
        db.ArticleRevisions.Add(revision);
    }

    /// <summary>The article's content as a revision (not yet numbered).</summary>
    public static ArticleRevision Snapshot(Article article) =>
        FormMapping.Copy(
            article,
            new ArticleRevision { ArticleId = article.Id, Title = article.Title, Slug = article.Slug, SavedAtUtc = article.UpdatedAtUtc },
            (_, to) => to.Name != nameof(ArticleRevision.Id));

    /// <summary>Names go into 200-character columns, while sign-in emails may be longer; SQL Server would refuse them.</summary>
    public static string Fit(string name) => name.Length <= FieldLengths.Name ? name : name[..FieldLengths.Name];

    public async Task<ArticleRevisionsViewModel?> RevisionsAsync(int id, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(id, cancellationToken);
        return title is null ? null : new ArticleRevisionsViewModel(id, title, await RevisionRowsAsync(id, cancellationToken));
    }

    /// <summary>
    /// Revision <paramref name="from"/> against <paramref name="to"/> (by number); without numbers, the newest against the one
    /// before it; page <paramref name="page"/> of the body's diff. Null if the article, a revision or the page does not exist.
    /// </summary>
    public async Task<ArticleCompareViewModel?> CompareAsync(int id, int? from, int? to, int page, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(id, cancellationToken);
        var rows = title is null ? [] : await RevisionRowsAsync(id, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var toNumber = to ?? rows[0].Number;
        var fromNumber = from ?? Math.Max(1, toNumber - 1);
        var revisions = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id && (r.Number == fromNumber || r.Number == toNumber))
            .ToListAsync(cancellationToken);
        var before = revisions.FirstOrDefault(r => r.Number == fromNumber);
        var after = revisions.FirstOrDefault(r => r.Number == toNumber);
        if (before is null || after is null)
        {
            return null;
        }

        var categoryIds = new[] { before.CategoryId, after.CategoryId };
        var categories = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        string Category(int categoryId) => categories.GetValueOrDefault(categoryId, AdminText.Revision_CategoryGone);
        static string Time(DateTime? utc) => utc is { } value ? VietnameseFormat.DateAndTime(value) : "";
        FieldChange[] fields =
        [
            new(AdminText.Content_Slug, before.Slug, after.Slug),
            new(AdminText.Article_Category, Category(before.CategoryId), Category(after.CategoryId)),
            new(AdminText.Article_Status, VietnameseFormat.StatusName(before.Status), VietnameseFormat.StatusName(after.Status)),
            new(AdminText.Article_PublishAt, Time(before.PublishedAtUtc), Time(after.PublishedAtUtc)),
            new(AdminText.Article_CoverImagePath, before.CoverImagePath ?? "", after.CoverImagePath ?? ""),
            new(AdminText.Article_CoverImageAlt, before.CoverImageAlt ?? "", after.CoverImageAlt ?? ""),
        ];

        // The body's diff is paged (TextDiff.PageLines lines a page); the title and summary are short.
        return TextDiffer.Compare(before.BodyMarkdown, after.BodyMarkdown).Page(page) is not { } body
            ? null
            : new ArticleCompareViewModel(
                id, title!, rows, rows.First(r => r.Number == fromNumber), rows.First(r => r.Number == toNumber), fields,
                TextDiffer.Compare(before.Title, after.Title),
                TextDiffer.Compare(before.Summary, after.Summary),
                body);
    }

    private Task<string?> TitleAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);

    private async Task<List<RevisionRow>> RevisionRowsAsync(int id, CancellationToken cancellationToken) =>
        await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.SavedAtUtc, r.SavedBy, r.Title, r.Status, r.Note))
            .ToListAsync(cancellationToken);
}
