using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// The rules every editable content type shares: slugs suggested and unique, lists filtered and paged,
/// archive and restore, and saves that never overwrite someone else's edit (optimistic concurrency on the
/// entity's stamp, answered with a side-by-side comparison). Each type supplies its mapping and its page.
/// </summary>
public abstract class ContentAdmin<TEntity, TForm, TPage>(PortalDbContext db, IOptions<AdminOptions> options)
    where TEntity : class, IVersioned, IArchivable
    where TForm : ContentForm
    where TPage : EditPage<TForm>
{
    protected PortalDbContext Db { get; } = db;

    protected int PageSize { get; } = options.Value.PageSize;

    /// <summary>What the type is called in messages, e.g. "chỉ tiêu".</summary>
    protected abstract string Noun { get; }

    protected abstract string NameOf(TEntity entity);

    protected abstract TForm NewForm();

    protected abstract TForm ToForm(TEntity entity);

    /// <summary>A new entity with the form's required values; <see cref="Apply"/> then sets the rest.</summary>
    protected abstract TEntity Create(TForm form);

    protected abstract void Apply(TForm form, TEntity entity);

    protected abstract Task<TPage> PageAsync(TEntity? entity, TForm form, CancellationToken cancellationToken);

    /// <summary>
    /// The create or edit page built from posted values, with <paramref name="render"/> filling in a preview; nothing
    /// is saved. Null when <paramref name="id"/> names no entity.
    /// </summary>
    protected async Task<TPage?> PreviewPageAsync(int? id, TForm form, Action<TPage> render, CancellationToken cancellationToken)
    {
        var entity = id is { } existing ? await FindAsync(existing, cancellationToken) : null;
        if (id is not null && entity is null)
        {
            return default;
        }

        var page = await PageAsync(entity, form, cancellationToken);
        render(page);
        return page;
    }

    /// <summary>What the edit screen loads with the entity (its child rows).</summary>
    protected virtual IQueryable<TEntity> ForEditing(IQueryable<TEntity> entities) => entities;

    /// <summary>Rules beyond the form's attributes; adds errors to <paramref name="state"/>.</summary>
    protected virtual Task ValidateAsync(TForm form, TEntity? entity, FormState state, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Whether the public site hides the archived item, so the notice can say so.</summary>
    protected virtual bool HiddenWhenArchived => true;

    /// <summary>Why the entity may not be archived, or null when it may.</summary>
    protected virtual string? RefuseArchive(TEntity entity) => null;

    protected static EditOutcome<TPage> Missing { get; } = new(SaveStatus.NotFound);

    protected static EditOutcome<TPage> Saved(int id, string notice, string? fragment = null) => new(SaveStatus.Saved, null, id, notice, fragment);

    protected static EditOutcome<TPage> Invalid(TPage page) => new(SaveStatus.Invalid, page);

    protected static EditOutcome<TPage> Conflicted(TPage page) => new(SaveStatus.Conflict, page);

    public Task<TPage> CreatePageAsync(CancellationToken cancellationToken) => PageAsync(null, NewForm(), cancellationToken);

    public async Task<TPage?> EditPageAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } entity ? await PageAsync(entity, ToForm(entity), cancellationToken) : null;

    public async Task<EditOutcome<TPage>> CreateAsync(TForm form, FormState state, CancellationToken cancellationToken)
    {
        await CheckAsync(form, null, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await PageAsync(null, form, cancellationToken));
        }

        var entity = Create(form);
        Apply(form, entity);
        Db.Add(entity);
        if (await SaveAsync(form, null, state, cancellationToken) != SaveStatus.Saved)
        {
            Db.Entry(entity).State = EntityState.Detached;
            return Invalid(await PageAsync(null, form, cancellationToken));
        }

        return Saved(IdOf(entity), $"Đã tạo {Noun} “{NameOf(entity)}”.");
    }

    public async Task<EditOutcome<TPage>> UpdateAsync(int id, TForm form, FormState state, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(id, cancellationToken);
        if (entity is null)
        {
            return Missing;
        }

        await CheckAsync(form, entity, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await PageAsync(entity, form, cancellationToken));
        }

        Apply(form, entity);

        // The update only succeeds if the row still has the stamp this form was loaded with.
        Db.Entry(entity).Property(nameof(IVersioned.ConcurrencyStamp)).OriginalValue = form.ConcurrencyStamp;
        return await SaveAsync(form, id, state, cancellationToken) switch
        {
            SaveStatus.Saved => Saved(id, $"Đã lưu {Noun} “{NameOf(entity)}”."),
            SaveStatus.Conflict => await ConflictAsync(entity, form, state, cancellationToken),
            _ => Invalid(await PageAsync(entity, form, cancellationToken)),
        };
    }

    /// <summary>Archives or restores; returns the notice to show, or null when there is no such item.</summary>
    public async Task<string?> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken)
    {
        var entity = await Db.Set<TEntity>().FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (archived && RefuseArchive(entity) is { } refusal)
        {
            return refusal;
        }

        entity.IsArchived = archived;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return $"“{NameOf(entity)}” vừa được người khác lưu; vui lòng thử lại.";
        }

        return archived
            ? $"Đã lưu trữ {Noun} “{NameOf(entity)}”.{(HiddenWhenArchived ? " Mục này không còn hiển thị trên trang công khai." : "")}"
            : $"Đã khôi phục {Noun} “{NameOf(entity)}”.{(HiddenWhenArchived ? " Mục này hiển thị lại trên trang công khai." : "")}";
    }

    /// <summary>Filters by archive state, counts, and returns one page of rows, ordered and projected by <paramref name="project"/>.</summary>
    protected async Task<ListPage<TRow>> ListAsync<TRow>(
        ContentFilter filter,
        IQueryable<TEntity> query,
        Func<IQueryable<TEntity>, IQueryable<TRow>> project,
        IReadOnlyList<FilterSelect> selects,
        CancellationToken cancellationToken)
    {
        query = filter.Show switch
        {
            ArchiveFilter.Active => query.Where(e => !e.IsArchived),
            ArchiveFilter.Archived => query.Where(e => e.IsArchived),
            _ => query,
        };

        var paging = Paging.For(filter.Page, PageSize, await query.CountAsync(cancellationToken));
        var rows = await project(query).Skip(paging.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
        return new ListPage<TRow>(filter, rows, paging, selects);
    }

    /// <summary>
    /// Items whose name (property <paramref name="nameProperty"/>) contains <paramref name="text"/>, or whose slug contains
    /// its slug form, so "ho ngheo" (typed without diacritics) finds "Tỷ lệ hộ nghèo".
    /// </summary>
    protected static IQueryable<TEntity> Search(IQueryable<TEntity> query, string? text, string nameProperty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return query;
        }

        var words = text.Trim();
        var slug = Slugifier.Slugify(words);
        return slug.Length == 0
            ? query.Where(e => EF.Property<string>(e, nameProperty).Contains(words))
            : query.Where(e => EF.Property<string>(e, nameProperty).Contains(words) || EF.Property<string>(e, "Slug").Contains(slug));
    }

    /// <summary>Saves a change to a child row (observation, progress update); false when someone else deleted the row meanwhile.</summary>
    protected async Task<bool> TrySaveChildAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Posted text as stored: browsers send CRLF from textareas, stored text uses LF, so an untouched field stays unchanged.</summary>
    protected static string Clean(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";

    /// <summary>Like <see cref="Clean"/>, but empty stays empty (null): "not known" is not the same as "".</summary>
    protected static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    protected Task<TEntity?> FindAsync(int id, CancellationToken cancellationToken) =>
        ForEditing(Db.Set<TEntity>()).FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken);

    protected int IdOf(TEntity entity) => (int)Db.Entry(entity).Property("Id").CurrentValue!;

    private async Task CheckAsync(TForm form, TEntity? entity, FormState state, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, entity, state, cancellationToken);
        if (state.HasError(nameof(ContentForm.Slug)))
        {
            return;
        }

        int? id = entity is null ? null : IdOf(entity);
        var slug = form.Slug?.Trim() ?? "";
        if (slug.Length == 0)
        {
            var suggested = Slugifier.Slugify(form.SlugSource);
            if (suggested.Length > 0)
            {
                form.Slug = await Slugifier.MakeUniqueAsync(suggested, s => IsSlugTakenAsync(s, id, cancellationToken));
            }
            else if (!string.IsNullOrWhiteSpace(form.SlugSource))
            {
                state.AddError(nameof(ContentForm.Slug), "Không tạo được đường dẫn từ tên này; vui lòng nhập đường dẫn.");
            }

            return;
        }

        form.Slug = slug;
        if (!Slugifier.IsWellFormed(slug))
        {
            state.AddError(nameof(ContentForm.Slug),
                $"Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, tối đa {Slugifier.MaxLength} ký tự, ví dụ den-tam-giang.");
        }
        else if (await IsSlugTakenAsync(slug, id, cancellationToken))
        {
            state.AddError(nameof(ContentForm.Slug), SlugTakenMessage(slug));
        }
    }

    private string SlugTakenMessage(string slug) => $"Đường dẫn “{slug}” đã được dùng cho một {Noun} khác.";

    private Task<bool> IsSlugTakenAsync(string slug, int? exceptId, CancellationToken cancellationToken) =>
        Db.Set<TEntity>().AnyAsync(
            e => EF.Property<string>(e, "Slug") == slug && (exceptId == null || EF.Property<int>(e, "Id") != exceptId),
            cancellationToken);

    private async Task<SaveStatus> SaveAsync(TForm form, int? id, FormState state, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return SaveStatus.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.Conflict;
        }
        catch (DbUpdateException) when (form.Slug is not null)
        {
            // Another save took the slug between the check and this save, and the unique index refused it.
            if (!await IsSlugTakenAsync(form.Slug, id, cancellationToken))
            {
                throw;
            }

            state.AddError(nameof(ContentForm.Slug), SlugTakenMessage(form.Slug));
            return SaveStatus.Invalid;
        }
    }

    /// <summary>
    /// Shows the saved values beside the user's. The form keeps the user's values but takes the new stamp,
    /// so saving again deliberately replaces the other edit.
    /// </summary>
    private async Task<EditOutcome<TPage>> ConflictAsync(TEntity entity, TForm form, FormState state, CancellationToken cancellationToken)
    {
        var entry = Db.Entry(entity);
        await entry.ReloadAsync(cancellationToken);
        if (entry.State == EntityState.Detached)
        {
            return Missing;
        }

        var saved = ToForm(entity);
        form.ConcurrencyStamp = entity.ConcurrencyStamp;
        state.Forget(nameof(ContentForm.ConcurrencyStamp));

        var id = IdOf(entity).ToString(CultureInfo.InvariantCulture);
        var savedBy = await Db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == typeof(TEntity).Name && a.EntityId == id)
            .OrderByDescending(a => a.Id)
            .Select(a => a.UserName)
            .FirstOrDefaultAsync(cancellationToken);

        var page = await PageAsync(entity, form, cancellationToken);
        page.Conflict = ConflictComparison.Between(form, saved, entity.UpdatedAtUtc, savedBy, page.Choices);
        return Conflicted(page);
    }
}
