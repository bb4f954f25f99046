using System.Security.Claims;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Articles (the congress report included) on the shared pipeline. What is theirs: tags, a publishing state with a
/// time, and revisions: every save (create, edit, archive, restore) adds one in the save's transaction, after the
/// stamp-guarded write, so numbers follow saves and the history never disagrees with the article.
/// </summary>
public sealed class ArticleAdmin(
    PortalDbContext db,
    IOptions<AdminOptions> options,
    IMarkdownRenderer renderer,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor,
    ArticleRevisions revisions,
    PublicUrls urls)
    : ContentAdmin<Article, ArticleForm, ArticleFilter, ArticleEditPage>(db, options)
{
    /// <summary>The article as it was before this request changed it: revision 1 of an article that has none yet.</summary>
    private ArticleRevision? _before;

    /// <summary>One form on the page, and the editor script and saved drafts know its fields by these names.</summary>
    public override string FormPrefix => "";

    protected override string Noun => AdminText.Noun_Article;

    protected override string NameOf(Article entity) => entity.Title;

    public override async Task<IListPage> ListAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = Search(Db.Articles.AsNoTracking(), filter.Q, nameof(Article.Title));
        if (filter.Status is { } state)
        {
            query = query.Where(Article.InState(state, now));
        }

        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }

        var states = Enum.GetValues<ArticleState>().Where(s => s != ArticleState.Archived)
            .Select(s => new SelectListItem(VietnameseFormat.StateName(s), s.ToString()));
        return await PageByKeysAsync(
            filter,
            query,
            q => q.OrderByDescending(a => a.PublishedAtUtc ?? a.UpdatedAtUtc).ThenByDescending(a => a.Id),
            q => q.Select(a => new ArticleRow(
                    a.Id, a.Title, a.Category!.Name, Article.StateOf(a.IsArchived, a.Status, a.PublishedAtUtc, now),
                    a.PublishedAtUtc, a.UpdatedAtUtc, a.IsArchived)),
            [
                Select(nameof(filter.Status), states, filter.Status?.ToString()),
                Select(nameof(filter.CategoryId), await CategoryChoicesAsync(null, cancellationToken), filter.CategoryId?.ToString(CultureInfo.InvariantCulture)),
            ],
            cancellationToken);
    }

    /// <summary>
    /// Makes revision <paramref name="number"/> the article's content again, as a new revision through the shared save:
    /// history is only ever added to. Tags and the archive state are not part of revisions and stay as they are.
    /// Returns the notice, or null when the article or revision does not exist.
    /// </summary>
    public async Task<string?> RestoreRevisionAsync(int id, int number, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        var revision = await Db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, cancellationToken);
        if (article is null || revision is null)
        {
            return null;
        }

        BeforeChange(article);
        var kept = new List<string>();

        // The old slug may belong to another article by now; the unique index would refuse it.
        if (revision.Slug != article.Slug && await IsSlugTakenAsync(revision.Slug, id, cancellationToken))
        {
            kept.Add(Format(AdminText.Revision_KeptSlug, revision.Slug));
        }
        else
        {
            article.Slug = revision.Slug;
        }

        if (await Db.Categories.AnyAsync(c => c.Id == revision.CategoryId, cancellationToken))
        {
            article.CategoryId = revision.CategoryId;
        }
        else
        {
            kept.Add(AdminText.Revision_KeptCategory);
        }

        FormMapping.Copy(revision, article, (_, to) => to.Name is not (nameof(Article.Id) or nameof(Article.Slug) or nameof(Article.CategoryId)));
        try
        {
            article.SetBody(revision.BodyMarkdown, renderer);
        }
        catch (MarkdownRefusedException e)
        {
            // A revision kept from before the renderer's limits: it stays in the history, but cannot be the article again.
            Db.ChangeTracker.Clear();
            return Format(BoundsText.Revision_Refused, number, MarkdownFieldAttribute.Message(e.Refusal, AdminText.Article_Body));
        }

        Touch(article);
        if (await SaveChangeAsync(article, AuditAction.Restore, Format(AdminText.Revision_RestoredFrom, number), cancellationToken) != SaveStatus.Saved)
        {
            return AdminText.Article_SavedMeanwhile;
        }

        var notice = Format(AdminText.Article_Restored, article.Title, number);
        return kept.Count == 0 ? notice : notice + " " + Format(AdminText.Article_RestoredNote, string.Join("; ", kept));
    }

    protected override async Task<ArticleForm> NewFormAsync(Func<string, string?> query, CancellationToken cancellationToken) =>
        new()
        {
            CategoryId = await Db.Categories.AsNoTracking()
                .Where(c => c.Slug == Category.NewsSlug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken),
        };

    protected override IQueryable<Article> ForEditing(IQueryable<Article> entities) => entities.Include(a => a.Tags);

    protected override string? RenderPreview(ArticleForm form) => renderer.Render(form.BodyMarkdown).Html;

    protected override string SavedNotice(Article entity, bool created) =>
        Format(AdminText.Article_Saved, entity.Title,
            VietnameseFormat.StateName(entity.StateAt(time.GetUtcNow().UtcDateTime)).ToLower(VietnameseFormat.Culture));

    protected override ArticleForm ToForm(Article article)
    {
        var form = base.ToForm(article);
        form.TagIds = article.Tags.Select(t => t.Id).ToList();

        // A scheduled article whose time has come is published; the form says so rather than "scheduled".
        form.Status = article.StateAt(time.GetUtcNow().UtcDateTime) == ArticleState.Published ? ArticleStatus.Published : article.Status;
        // An introductory page without a date (stored at Article.UndatedUtc) shows an empty field, not 01/01/2000.
        form.PublishAt = article.PublishedAtUtc is { } utc && !Article.IsUndated(utc) ? ArticleForm.ToInputValue(utc) : null;
        form.PinnedUntil = article.PinnedUntilUtc is { } until ? ArticleForm.PinLastDay(until) : null;
        return form;
    }

    protected override Article Create(ArticleForm form)
    {
        var user = httpContextAccessor.HttpContext?.User;
        var author = user?.FindFirstValue(ClaimTypes.GivenName) ?? Actor.From(httpContextAccessor.HttpContext).Name;
        var article = base.Create(form);
        article.Author = ArticleRevisions.Fit(author);
        return article;
    }

    protected override void BeforeChange(Article article) => _before = ArticleRevisions.Snapshot(article);

    protected override void Apply(ArticleForm form, Article article)
    {
        base.Apply(form, article);
        form.TryGetPublishAtUtc(out var publishAt);
        article.SetBody(TextDiffer.Normalize(form.BodyMarkdown), renderer);
        article.CoverImageAlt = article.CoverImagePath is null ? null : article.CoverImageAlt;
        article.PinnedUntilUtc = form.IsPinned && form.PinnedUntil is { } lastDay ? ArticleForm.PinExpiryUtc(lastDay) : null;

        // The form shows whole minutes; an unchanged minute keeps the stored time, so re-saving a published article
        // does not move it (nor log a changed publish time) by the seconds the form cannot show.
        if (article.PublishedAtUtc is { } stored && publishAt == stored.AddTicks(-(stored.Ticks % TimeSpan.TicksPerMinute)))
        {
            publishAt = stored;
        }

        // Left empty, an undated page stays undated; any other published article takes the time of the save.
        if (publishAt is null && article.PublishedAtUtc is { } undated && Article.IsUndated(undated))
        {
            publishAt = undated;
        }

        article.PublishedAtUtc = form.Status == ArticleStatus.Published && publishAt is null ? time.GetUtcNow().UtcDateTime : publishAt;
    }

    protected override async Task ApplyRelationsAsync(ArticleForm form, Article article, CancellationToken cancellationToken)
    {
        var tagIds = form.TagIds.Distinct().ToList();
        var tags = await Db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        article.Tags.RemoveAll(t => !tagIds.Contains(t.Id));
        article.Tags.AddRange(tags.Where(t => !article.Tags.Contains(t)));
        Touch(article);
    }

    protected override async Task ValidateAsync(ArticleForm form, Article? article, FormState state, CancellationToken cancellationToken)
    {
        foreach (var rule in form.CheckRules())
        {
            foreach (var member in rule.MemberNames)
            {
                state.AddError(member, rule.ErrorMessage ?? "");
            }
        }

        // Archived categories and tags stay allowed where the article already uses them, so saving keeps them.
        var articleId = article?.Id;
        var currentCategoryId = article?.CategoryId;
        if (form.CategoryId is { } categoryId
            && !await Db.Categories.AnyAsync(c => c.Id == categoryId && (!c.IsArchived || c.Id == currentCategoryId), cancellationToken))
        {
            state.AddError(nameof(ArticleForm.CategoryId), AdminText.Article_Category_Gone);
        }

        var tagIds = form.TagIds.Distinct().ToList();
        if (tagIds.Count > 0 && await AllowedTags(articleId).CountAsync(t => tagIds.Contains(t.Id), cancellationToken) != tagIds.Count)
        {
            state.AddError(nameof(ArticleForm.TagIds), AdminText.Article_Tags_Gone);
        }
    }

    /// <summary>A published article's address keeps working when its slug changes; a draft's was never public.</summary>
    protected override string? LastingUrlOf(Article entity) =>
        entity.StateAt(time.GetUtcNow().UtcDateTime) == ArticleState.Published ? urls.Article(entity.Slug) : null;

    /// <summary>Every save adds a revision (<see cref="ArticleRevisions"/>), in the save's transaction.</summary>
    protected override Task AfterSaveAsync(Article article, SaveKind kind, string note, CancellationToken cancellationToken) =>
        revisions.AddAsync(article, kind == SaveKind.Create, _before, note, cancellationToken);

    protected override async Task<ArticleEditPage> PageAsync(Article? article, ArticleForm form, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var id = article?.Id;
        var visible = id is not null && await Db.Articles.Where(a => a.Id == id).AnyAsync(Article.VisibleAt(now), cancellationToken);
        form.Categories = await CategoryChoicesAsync(article?.CategoryId, cancellationToken);
        form.Tags = await TagChoicesAsync(id, cancellationToken);
        return new ArticleEditPage(id, form)
        {
            Choices =
            {
                [nameof(form.CategoryId)] = form.Categories,
                [nameof(form.TagIds)] = form.Tags,
                [nameof(form.Status)] = ArticleEditPage.Statuses,
            },
            PublicUrl = visible ? urls.Article(article!.Slug) : null,
            UpdatedAtUtc = article?.UpdatedAtUtc,
            RevisionCount = id is null ? 0 : await Db.ArticleRevisions.CountAsync(r => r.ArticleId == id, cancellationToken),
            PreviewHtml = article is not null && form.BodyMarkdown == article.BodyMarkdown ? article.BodyHtml : null,
        };
    }

    /// <summary>Categories to choose from: those in use, and an archived one only where the article already has it.</summary>
    private async Task<IReadOnlyList<SelectListItem>> CategoryChoicesAsync(int? current, CancellationToken cancellationToken) =>
        Choices(await Db.Categories.AsNoTracking()
            .Where(c => !c.IsArchived || c.Id == current)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken), c => (c.Id, c.Name));

    private async Task<IReadOnlyList<SelectListItem>> TagChoicesAsync(int? articleId, CancellationToken cancellationToken) =>
        Choices(await AllowedTags(articleId).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken), t => (t.Id, t.Name));

    private static List<SelectListItem> Choices<T>(IEnumerable<T> items, Func<T, (int Id, string Name)> pick) =>
        items.Select(pick).Select(i => new SelectListItem(i.Name, i.Id.ToString(CultureInfo.InvariantCulture))).ToList();

    private IQueryable<Tag> AllowedTags(int? articleId) =>
        Db.Tags.AsNoTracking().Where(t => !t.IsArchived || t.Articles.Any(a => a.Id == articleId));

    /// <summary>
    /// Marks the row changed, so every save is an UPDATE guarded by the concurrency stamp, even one that only touches
    /// tags: two saves from the same stamp can never both succeed.
    /// </summary>
    private void Touch(Article article)
    {
        // A new article is not tracked yet (the pipeline adds it after its relations): marking it would attach it as
        // an existing row, and its tags' join rows would then point at no article.
        if (Db.Entry(article).State is not (EntityState.Added or EntityState.Detached))
        {
            Db.Entry(article).Property(a => a.UpdatedAtUtc).IsModified = true;
        }
    }
}
