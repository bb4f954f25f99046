using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Queries and rules of the article editor. Every save (create, edit, archive, restore) adds a revision in the same
/// database transaction as the article, so the revision history and the article never disagree; edits carry the
/// concurrency stamp they were based on, so a save over someone else's newer save fails instead of overwriting it.
/// </summary>
public sealed class ArticleEditor(
    PortalDbContext db,
    IMarkdownRenderer renderer,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor,
    AuditLog audit,
    IOptions<AdminOptions> options)
{
    public async Task<ArticleListViewModel> ListAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // The slug is the title without diacritics, so "tam giang" also finds "Đền Tam Giang".
            var text = filter.Q.Trim();
            var slug = Slugifier.Slugify(text);
            query = slug.Length > 0
                ? query.Where(a => a.Title.Contains(text) || a.Slug.Contains(slug))
                : query.Where(a => a.Title.Contains(text));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }

        var pageSize = options.Value.PageSize;
        var paging = Paging.For(filter.Page, pageSize, await query.CountAsync(cancellationToken));
        var rows = await query
            .OrderByDescending(a => a.UpdatedAtUtc)
            .ThenByDescending(a => a.Id)
            .Skip(paging.Skip(pageSize))
            .Take(pageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Slug, a.Category!.Name, a.Status, a.PublishedAtUtc, a.UpdatedAtUtc, a.Author))
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryOption(c.Id, c.Name))
            .ToListAsync(cancellationToken);
        return new ArticleListViewModel(filter, rows, paging, categories);
    }

    /// <summary>The create screen: an empty form, or the posted one shown again with its errors.</summary>
    public async Task<ArticleEditorViewModel> NewEditorAsync(ArticleForm? form, CancellationToken cancellationToken)
    {
        form ??= new ArticleForm
        {
            CategoryId = await db.Categories.AsNoTracking()
                .Where(c => c.Slug == Category.NewsSlug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken),
        };
        await FillOptionsAsync(form, null, cancellationToken);
        form.PreviewHtml = renderer.Render(form.BodyMarkdown).Html;
        return new ArticleEditorViewModel(null, form, null, 0, null);
    }

    /// <summary>The edit screen from the saved article, or with <paramref name="posted"/> shown again; null if there is no such article.</summary>
    public async Task<ArticleEditorViewModel?> EditorAsync(int id, ArticleForm? posted, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var form = posted ?? ToForm(article);
        await FillOptionsAsync(form, article, cancellationToken);
        var revisions = await db.ArticleRevisions.CountAsync(r => r.ArticleId == id, cancellationToken);
        form.PreviewHtml = posted is null ? article.BodyHtml : renderer.Render(form.BodyMarkdown).Html;
        var publicUrl = article.IsVisibleAt(time.GetUtcNow().UtcDateTime) ? "/tin-tuc/" + article.Slug : null;

        // The page's version is the saved one even when a rejected post is shown again: the script compares its
        // unsaved copy against what the server holds.
        return new ArticleEditorViewModel(article.Id, form, article.UpdatedAtUtc, revisions, publicUrl);
    }

    /// <summary>Rules that need the database, plus the form's cross-field rules; empty when the form can be saved.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(ArticleForm form, int? articleId, CancellationToken cancellationToken)
    {
        var errors = form.CheckRules()
            .SelectMany(r => r.MemberNames.Select(m => new FieldError(m, r.ErrorMessage ?? "")))
            .ToList();

        if (form.CategoryId is { } categoryId
            && !await db.Categories.AnyAsync(c => c.Id == categoryId && (!c.IsArchived || db.Articles.Any(a => a.Id == articleId && a.CategoryId == c.Id)), cancellationToken))
        {
            errors.Add(new(nameof(ArticleForm.CategoryId), "Chuyên mục không tồn tại hoặc đã được lưu trữ."));
        }

        var tagIds = form.TagIds.Distinct().ToList();
        if (tagIds.Count > 0)
        {
            var allowed = await AllowedTagsQuery(articleId).CountAsync(t => tagIds.Contains(t.Id), cancellationToken);
            if (allowed != tagIds.Count)
            {
                errors.Add(new(nameof(ArticleForm.TagIds), "Có thẻ không tồn tại hoặc đã được lưu trữ."));
            }
        }

        var slug = form.Slug?.Trim();
        if (!string.IsNullOrEmpty(slug) && Slugifier.IsWellFormed(slug) && await SlugTakenAsync(slug, articleId, cancellationToken))
        {
            errors.Add(new(nameof(ArticleForm.Slug), $"Đường dẫn “{slug}” đã được bài viết khác sử dụng. Vui lòng chọn đường dẫn khác."));
        }
        else if (string.IsNullOrEmpty(slug) && !string.IsNullOrWhiteSpace(form.Title) && Slugifier.Slugify(form.Title).Length == 0)
        {
            errors.Add(new(nameof(ArticleForm.Slug), "Không tạo được đường dẫn từ tiêu đề này. Vui lòng nhập đường dẫn."));
        }

        return errors;
    }

    public async Task<ArticleSaveResult> CreateAsync(ArticleForm form, CancellationToken cancellationToken)
    {
        var actor = Actor.From(httpContextAccessor.HttpContext);
        var article = new Article
        {
            Title = "",
            Slug = "",
            Author = Fit(httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.GivenName) ?? actor.Name),
        };

        await ApplyAsync(article, form, null, cancellationToken);
        db.Articles.Add(article);
        db.ArticleRevisions.Add(Snapshot(article, 1, Fit(actor.Name), "Tạo mới"));
        return await SaveAsync(article, form, cancellationToken);
    }

    public async Task<ArticleSaveResult> UpdateAsync(int id, ArticleForm form, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return new(ArticleSaveStatus.NotFound);
        }

        // The save only succeeds if the row still has the stamp the form was loaded with.
        db.Entry(article).Property(a => a.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp ?? Guid.Empty;
        var number = await NextRevisionNumberAsync(article, cancellationToken);
        await ApplyAsync(article, form, id, cancellationToken);
        AddRevision(article, number, "");
        return await SaveAsync(article, form, cancellationToken);
    }

    /// <summary>Hides the article from the public site, keeping it and its history.</summary>
    public async Task<ArticleSaveResult> ArchiveAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return new(ArticleSaveStatus.NotFound);
        }

        if (article.Status == ArticleStatus.Archived)
        {
            return new(ArticleSaveStatus.Invalid, article, Message: $"Bài viết “{article.Title}” đã được lưu trữ từ trước.");
        }

        var number = await NextRevisionNumberAsync(article, cancellationToken);
        article.Status = ArticleStatus.Archived;
        AddRevision(article, number, "Lưu trữ");
        return await SaveSimpleAsync(article, cancellationToken);
    }

    public async Task<ArticleRevisionsViewModel?> RevisionsAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        return title is null ? null : new ArticleRevisionsViewModel(id, title, await RevisionRowsAsync(id, cancellationToken));
    }

    /// <summary>
    /// Revision <paramref name="from"/> against <paramref name="to"/> (by number); without numbers, the newest against the one
    /// before it. Null if the article or a revision does not exist.
    /// </summary>
    public async Task<ArticleCompareViewModel?> CompareAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var title = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return null;
        }

        var rows = await RevisionRowsAsync(id, cancellationToken);
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
        string Category(int categoryId) => categories.GetValueOrDefault(categoryId, "(đã xóa)");
        string Time(DateTime? utc) => utc is { } value ? VietnameseFormat.DateAndTime(value) : "";
        FieldChange[] fields =
        [
            new("Đường dẫn", before.Slug, after.Slug),
            new("Chuyên mục", Category(before.CategoryId), Category(after.CategoryId)),
            new("Trạng thái", ArticleForm.StatusName(before.Status), ArticleForm.StatusName(after.Status)),
            new("Thời gian đăng", Time(before.PublishedAtUtc), Time(after.PublishedAtUtc)),
            new("Ảnh bìa", before.CoverImagePath ?? "", after.CoverImagePath ?? ""),
            new("Mô tả ảnh bìa", before.CoverImageAlt ?? "", after.CoverImageAlt ?? ""),
        ];

        return new ArticleCompareViewModel(
            id,
            title,
            rows,
            rows.First(r => r.Number == fromNumber),
            rows.First(r => r.Number == toNumber),
            fields,
            TextDiffer.Compare(before.Title, after.Title),
            TextDiffer.Compare(before.Summary, after.Summary),
            TextDiffer.Compare(before.BodyMarkdown, after.BodyMarkdown));
    }

    /// <summary>
    /// Makes revision <paramref name="number"/> the article's content again, as a new revision: history is only ever
    /// added to. Tags are not part of revisions and stay as they are.
    /// </summary>
    public async Task<ArticleSaveResult> RestoreAsync(int id, int number, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, cancellationToken);
        if (article is null || revision is null)
        {
            return new(ArticleSaveStatus.NotFound);
        }

        var next = await NextRevisionNumberAsync(article, cancellationToken);
        var kept = new List<string>();

        // The old slug may belong to another article by now; the unique index would refuse it.
        if (revision.Slug != article.Slug && await SlugTakenAsync(revision.Slug, id, cancellationToken))
        {
            kept.Add($"đường dẫn “{revision.Slug}” đã thuộc bài khác nên giữ đường dẫn hiện tại");
        }
        else
        {
            article.Slug = revision.Slug;
        }

        if (await db.Categories.AnyAsync(c => c.Id == revision.CategoryId, cancellationToken))
        {
            article.CategoryId = revision.CategoryId;
        }
        else
        {
            kept.Add("chuyên mục cũ không còn nên giữ chuyên mục hiện tại");
        }

        article.Title = revision.Title;
        article.Summary = revision.Summary;
        article.SetBody(revision.BodyMarkdown, renderer);
        article.CoverImagePath = revision.CoverImagePath;
        article.CoverImageAlt = revision.CoverImageAlt;
        article.Status = revision.Status;
        article.PublishedAtUtc = revision.PublishedAtUtc;
        AddRevision(article, next, $"Khôi phục từ phiên bản {number}");
        var saved = await SaveSimpleAsync(article, cancellationToken);
        if (saved.Status != ArticleSaveStatus.Saved)
        {
            return saved;
        }

        await audit.RecordAsync(
            AuditAction.Restore, $"“{article.Title}”: khôi phục từ phiên bản {number}", nameof(Article),
            id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return new(ArticleSaveStatus.Saved, article, Message: kept.Count > 0 ? string.Join("; ", kept) : null);
    }

    /// <summary>The same rendering the public site stores at save time.</summary>
    public string Preview(string? markdown) => renderer.Render(markdown).Html;

    private async Task ApplyAsync(Article article, ArticleForm form, int? articleId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        form.TryGetPublishAtUtc(out var publishAt);
        var slug = form.Slug?.Trim();
        if (string.IsNullOrEmpty(slug))
        {
            // A suggestion, unlike a slug the user typed, quietly becomes unique.
            slug = await Slugifier.MakeUniqueAsync(Slugifier.Slugify(form.Title), s => SlugTakenAsync(s, articleId, cancellationToken));
        }

        article.Title = form.Title.Trim();
        article.Slug = slug;
        article.Summary = form.Summary?.Trim() ?? "";
        article.CategoryId = form.CategoryId!.Value;
        article.SetBody(TextDiffer.Normalize(form.BodyMarkdown), renderer);
        article.CoverImagePath = string.IsNullOrWhiteSpace(form.CoverImagePath) ? null : form.CoverImagePath.Trim();
        article.CoverImageAlt = article.CoverImagePath is null ? null : form.CoverImageAlt?.Trim();
        article.Status = form.Status;

        // The form shows whole minutes; an unchanged minute keeps the stored time, so re-saving a published article
        // does not move it (nor log a changed publish time) by the seconds the form cannot show.
        if (article.PublishedAtUtc is { } stored && publishAt == stored.AddTicks(-(stored.Ticks % TimeSpan.TicksPerMinute)))
        {
            publishAt = stored;
        }

        article.PublishedAtUtc = form.Status == ArticleStatus.Published && publishAt is null ? now : publishAt;

        var tagIds = form.TagIds.Distinct().ToList();
        var tags = await db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        article.Tags.RemoveAll(t => !tagIds.Contains(t.Id));
        article.Tags.AddRange(tags.Where(t => !article.Tags.Contains(t)));
    }

    /// <summary>
    /// The number the coming save's revision gets. An article that has none yet (seeded, or written before revisions
    /// existed) first gets its current state kept as revision 1, so its first edit can be undone too.
    /// </summary>
    private async Task<int> NextRevisionNumberAsync(Article article, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last > 0)
        {
            return last + 1;
        }

        var baseline = Snapshot(article, 1, Fit(article.Author ?? Actor.SystemName), "Bản có từ trước, giữ lại trước lần sửa đầu tiên");
        baseline.SavedAtUtc = article.UpdatedAtUtc;
        db.ArticleRevisions.Add(baseline);
        return 2;
    }

    private void AddRevision(Article article, int number, string note)
    {
        db.ArticleRevisions.Add(Snapshot(article, number, Fit(Actor.From(httpContextAccessor.HttpContext).Name), note));

        // Marking the row changed makes every save an UPDATE guarded by the concurrency stamp, even one that only
        // touches tags or changes nothing, so two saves can never both add "the next" revision number.
        db.Entry(article).Property(a => a.UpdatedAtUtc).IsModified = true;
    }

    private ArticleRevision Snapshot(Article article, int number, string savedBy, string note) =>
        new()
        {
            Article = article,
            Number = number,
            Title = article.Title,
            Slug = article.Slug,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            Status = article.Status,
            PublishedAtUtc = article.PublishedAtUtc,
            CategoryId = article.CategoryId,
            CoverImagePath = article.CoverImagePath,
            CoverImageAlt = article.CoverImageAlt,
            SavedAtUtc = time.GetUtcNow().UtcDateTime,
            SavedBy = savedBy,
            Note = note,
        };

    private async Task<ArticleSaveResult> SaveAsync(Article article, ArticleForm form, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(ArticleSaveStatus.Saved, article);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Articles.AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == article.Id, cancellationToken);
            return current is null ? new(ArticleSaveStatus.NotFound) : new(ArticleSaveStatus.Conflict, Conflict: await ConflictAsync(current, form, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Another save may have taken the slug between the check and this save; anything else is a real failure.
            var id = article.Id > 0 ? article.Id : (int?)null;
            var slug = article.Slug;
            db.ChangeTracker.Clear();
            if (await SlugTakenAsync(slug, id, cancellationToken))
            {
                return new(ArticleSaveStatus.Invalid, Errors:
                    [new(nameof(ArticleForm.Slug), $"Đường dẫn “{slug}” vừa được bài viết khác sử dụng. Vui lòng chọn đường dẫn khác.")]);
            }

            throw;
        }
    }

    /// <summary>Saves a change made without a form (archive, restore); a concurrent save makes it fail, to be retried.</summary>
    private async Task<ArticleSaveResult> SaveSimpleAsync(Article article, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(ArticleSaveStatus.Saved, article);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(ArticleSaveStatus.Conflict, Message: "Bài viết vừa được người khác lưu. Vui lòng tải lại trang rồi thử lại.");
        }
    }

    private async Task<ArticleConflictViewModel> ConflictAsync(Article current, ArticleForm mine, CancellationToken cancellationToken)
    {
        // The merge form is the user's text on top of the version now saved: saving it again is a deliberate overwrite.
        mine.ConcurrencyStamp = current.ConcurrencyStamp;
        await FillOptionsAsync(mine, current, cancellationToken);
        mine.PreviewHtml = renderer.Render(mine.BodyMarkdown).Html;
        var savedBy = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == current.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => r.SavedBy)
            .FirstOrDefaultAsync(cancellationToken);
        return new ArticleConflictViewModel(
            current.Id,
            current.Title,
            current.BodyMarkdown,
            savedBy,
            current.UpdatedAtUtc,
            mine,
            TextDiffer.Compare(current.Title, mine.Title),
            TextDiffer.Compare(current.BodyMarkdown, mine.BodyMarkdown));
    }

    private async Task FillOptionsAsync(ArticleForm form, Article? article, CancellationToken cancellationToken)
    {
        // Archived categories and tags are offered only where the article already uses them, so saving keeps them.
        var categoryId = article?.CategoryId;
        form.Categories = await db.Categories.AsNoTracking()
            .Where(c => !c.IsArchived || c.Id == categoryId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryOption(c.Id, c.Name))
            .ToListAsync(cancellationToken);
        form.Tags = await AllowedTagsQuery(article?.Id)
            .OrderBy(t => t.Name)
            .Select(t => new TagOption(t.Id, t.Name))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Tag> AllowedTagsQuery(int? articleId) =>
        db.Tags.AsNoTracking().Where(t => !t.IsArchived || t.Articles.Any(a => a.Id == articleId));

    private async Task<List<RevisionRow>> RevisionRowsAsync(int id, CancellationToken cancellationToken) =>
        await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.SavedAtUtc, r.SavedBy, r.Title, r.Status, r.Note))
            .ToListAsync(cancellationToken);

    private Task<bool> SlugTakenAsync(string slug, int? articleId, CancellationToken cancellationToken) =>
        db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken);

    /// <summary>Names go into 200-character columns, while sign-in emails may be longer; SQL Server would refuse them.</summary>
    private static string Fit(string name) => name.Length <= FieldLengths.Name ? name : name[..FieldLengths.Name];

    private static ArticleForm ToForm(Article article) =>
        new()
        {
            Title = article.Title,
            Slug = article.Slug,
            Summary = article.Summary,
            CategoryId = article.CategoryId,
            TagIds = article.Tags.Select(t => t.Id).ToList(),
            BodyMarkdown = article.BodyMarkdown,
            CoverImagePath = article.CoverImagePath,
            CoverImageAlt = article.CoverImageAlt,
            Status = article.Status,
            PublishAt = article.PublishedAtUtc is { } utc ? ArticleForm.ToInputValue(utc) : null,
            ConcurrencyStamp = article.ConcurrencyStamp,
        };
}
