using System.Linq.Expressions;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>What the generic admin controller asks of a content type's service.</summary>
public interface IContentAdmin<in TForm, in TFilter, TPage>
    where TForm : ContentForm
    where TFilter : ContentFilter
    where TPage : class, IEditPage
{
    /// <summary>The prefix of the main form's field names ("Form.Name"), or "" when the page has only one form.</summary>
    string FormPrefix { get; }

    Task<IListPage> ListAsync(TFilter filter, CancellationToken cancellationToken);

    /// <summary>The create screen; <paramref name="query"/> reads the link's query string (a festival's ?site=).</summary>
    Task<TPage> CreatePageAsync(Func<string, string?> query, CancellationToken cancellationToken);

    Task<TPage?> EditPageAsync(int id, CancellationToken cancellationToken);

    Task<EditOutcome<TPage>> CreateAsync(TForm form, FormState state, CancellationToken cancellationToken);

    Task<EditOutcome<TPage>> UpdateAsync(int id, TForm form, FormState state, CancellationToken cancellationToken);

    Task<Preview<TPage>?> PreviewAsync(int? id, TForm form, FormState state, CancellationToken cancellationToken);

    Task<string?> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken);
}

/// <summary>
/// The one edit pipeline of every content type, articles included: validate (the form's attributes, the type's rules,
/// the one slug rule) → map the form onto the entity → save guarded by the concurrency stamp the form was loaded with →
/// the type's after-save hook (articles add a revision) → the item's search entries → audit (<see cref="AuditInterceptor"/>), all in one database
/// transaction. A stale stamp is answered with the one conflict comparison; archive and restore go through the same save.
/// Each type supplies its mapping, its rules and its page.
/// </summary>
public abstract class ContentAdmin<TEntity, TForm, TFilter, TPage>(PortalDbContext db, IOptions<AdminOptions> options)
    : IContentAdmin<TForm, TFilter, TPage>, IParentAdmin<TEntity, TPage>
    where TEntity : ContentItem
    where TForm : ContentForm, new()
    where TFilter : ContentFilter
    where TPage : EditPage<TForm>
{
    public const string MainFormPrefix = "Form";

    protected PortalDbContext Db { get; } = db;

    protected int PageSize { get; } = options.Value.PageSize;

    public virtual string FormPrefix => MainFormPrefix;

    /// <summary>The entity type's Vietnamese name in messages (an indicator is "chi tieu", with its marks).</summary>
    protected abstract string Noun { get; }

    protected abstract string NameOf(TEntity entity);

    /// <summary>The edit form of a saved entity: by default its fields of the same names (<see cref="FormMapping"/>).</summary>
    protected virtual TForm ToForm(TEntity entity) => FormMapping.ToForm<TEntity, TForm>(entity);

    /// <summary>A new, empty entity; <see cref="Apply"/> then sets every field, the required ones included.</summary>
    protected virtual TEntity Create(TForm form) => Activator.CreateInstance<TEntity>();

    /// <summary>Writes the form onto the entity: by default the fields of the same names; a type adds what is more than a copy.</summary>
    protected virtual void Apply(TForm form, TEntity entity) => FormMapping.Apply(form, entity);

    /// <summary>
    /// The edit screen around the form: the type's choices and child rows. The pipeline then fills in what every page
    /// shows: the saved name, the archive state and <see cref="PublicUrlOf"/>.
    /// </summary>
    protected virtual Task<TPage> PageAsync(TEntity? entity, TForm form, CancellationToken cancellationToken) =>
        Task.FromResult((TPage)Activator.CreateInstance(typeof(TPage), entity?.Id, form)!);

    /// <summary>Where residents see a saved item, or null when it has no page of its own (or none they may see now).</summary>
    protected virtual string? PublicUrlOf(TEntity entity) => null;

    /// <summary>
    /// The address that must keep working when a save moves the item (a new slug): where residents see it now, by
    /// default. When it changes, the old one answers 301 to the new one (<see cref="LastingUrls"/>); addresses of a
    /// part of a page (with a fragment) are left alone.
    /// </summary>
    protected virtual string? LastingUrlOf(TEntity entity) => PublicUrlOf(entity);

    public abstract Task<IListPage> ListAsync(TFilter filter, CancellationToken cancellationToken);

    /// <summary>What the edit screen loads with the entity (its child rows).</summary>
    protected virtual IQueryable<TEntity> ForEditing(IQueryable<TEntity> entities) => entities;

    /// <summary>A new form for the create screen, prefilled from the link's query string where the type allows.</summary>
    protected virtual Task<TForm> NewFormAsync(Func<string, string?> query, CancellationToken cancellationToken) => Task.FromResult(new TForm());

    /// <summary>Rules beyond the form's attributes; adds errors to <paramref name="state"/>.</summary>
    protected virtual Task ValidateAsync(TForm form, TEntity? entity, FormState state, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called with a saved entity just before a change to it (an edit, archive or restore) is applied.</summary>
    protected virtual void BeforeChange(TEntity entity)
    {
    }

    /// <summary>Relations the form sets that need the database (an article's tags); runs after <see cref="Apply"/>.</summary>
    protected virtual Task ApplyRelationsAsync(TForm form, TEntity entity, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs inside the save's transaction, after the entity's stamp-guarded write succeeded, so what it adds (an article's
    /// revision) is numbered after every earlier save and commits with the content, or not at all.
    /// </summary>
    protected virtual Task AfterSaveAsync(TEntity entity, SaveKind kind, string note, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The form's Markdown rendered as a save would store it, for the preview; null when there is nothing to show.</summary>
    protected virtual string? RenderPreview(TForm form) => null;

    /// <summary>Whether the public site hides the archived item, so the notice can say so.</summary>
    protected virtual bool HiddenWhenArchived => true;

    /// <summary>Why the entity may not be archived, or null when it may.</summary>
    protected virtual string? RefuseArchive(TEntity entity) => null;

    protected static EditOutcome<TPage> Missing { get; } = new(SaveStatus.NotFound);

    protected static EditOutcome<TPage> Saved(int id, string notice, string? fragment = null) => new(SaveStatus.Saved, null, id, notice, fragment);

    protected static EditOutcome<TPage> Invalid(TPage page) => new(SaveStatus.Invalid, page);

    public async Task<TPage> CreatePageAsync(Func<string, string?> query, CancellationToken cancellationToken) =>
        await BuildPageAsync(null, await NewFormAsync(query, cancellationToken), cancellationToken);

    public async Task<TPage?> EditPageAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } entity ? await BuildPageAsync(entity, ToForm(entity), cancellationToken) : null;

    /// <summary>
    /// The create or edit page built from posted values with the preview filled in; nothing is saved. A Markdown field
    /// that breaks its limits (a body over the maximum length) is not rendered, as a save would refuse it; its errors
    /// come back instead. Null when <paramref name="id"/> names no entity.
    /// </summary>
    public async Task<Preview<TPage>?> PreviewAsync(int? id, TForm form, FormState state, CancellationToken cancellationToken)
    {
        var entity = id is { } existing ? await FindAsync(existing, cancellationToken) : null;
        if (id is not null && entity is null)
        {
            return null;
        }

        var page = await BuildPageAsync(entity, form, cancellationToken);
        if (!MarkdownFields.Any(f => state.HasError(f.Name)))
        {
            page.PreviewHtml = Rendered(() => RenderPreview(form) ?? "", form, state);
        }

        return new Preview<TPage>(page, MarkdownFields.SelectMany(f => state.ErrorsOf(f.Name)).ToList());
    }

    private static List<System.Reflection.PropertyInfo> MarkdownFields { get; } =
        typeof(TForm).GetProperties().Where(p => p.IsDefined(typeof(MarkdownFieldAttribute), inherit: true)).ToList();

    /// <summary>
    /// Runs what renders the form's Markdown (its <see cref="Apply"/> or its preview); a text the renderer refuses
    /// (a case its limits did not catch at validation) becomes an error beside the field, never a 500. Null then.
    /// </summary>
    private static T? Rendered<T>(Func<T> render, TForm form, FormState state)
    {
        try
        {
            return render();
        }
        catch (MarkdownRefusedException e) when (MarkdownFields.Count > 0)
        {
            var field = MarkdownFields.FirstOrDefault(f => MarkdownLimits.Check(Clean(f.GetValue(form) as string)) is not null) ?? MarkdownFields[0];
            state.AddError(field.Name, MarkdownFieldAttribute.Message(e.Refusal, FieldText.Label(typeof(TForm), field) ?? field.Name));
            return default;
        }
    }

    /// <summary>Applies the form to the entity; false (with the error beside the field) when its Markdown is refused.</summary>
    private bool TryApply(TForm form, TEntity entity, FormState state)
    {
        if (Rendered(() => { Apply(form, entity); return true; }, form, state))
        {
            return true;
        }

        // Nothing of a refused form may reach a later save of this request.
        Db.ChangeTracker.Clear();
        return false;
    }

    public async Task<EditOutcome<TPage>> CreateAsync(TForm form, FormState state, CancellationToken cancellationToken)
    {
        await CheckAsync(form, null, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await BuildPageAsync(null, form, cancellationToken));
        }

        var entity = Create(form);
        if (!TryApply(form, entity, state))
        {
            return Invalid(await BuildPageAsync(null, form, cancellationToken));
        }

        await ApplyRelationsAsync(form, entity, cancellationToken);
        Db.Add(entity);
        var status = await SaveAsync(entity, SaveKind.Create, "", form, state, cancellationToken);
        if (status != SaveStatus.Saved)
        {
            Db.ChangeTracker.Clear();
            var page = await BuildPageAsync(null, form, cancellationToken);
            return status == SaveStatus.Unavailable ? new(SaveStatus.Unavailable, page) : Invalid(page);
        }

        return Saved(entity.Id, SavedNotice(entity, created: true));
    }

    public async Task<EditOutcome<TPage>> UpdateAsync(int id, TForm form, FormState state, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(id, cancellationToken);
        if (entity is null)
        {
            return Missing;
        }

        if (form.ConcurrencyStamp == Guid.Empty)
        {
            // Every edit form carries the stamp it was loaded with; a post without one did not come from it.
            return new(SaveStatus.Malformed);
        }

        await CheckAsync(form, entity, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await BuildPageAsync(entity, form, cancellationToken));
        }

        var before = LastingUrlOf(entity);
        BeforeChange(entity);
        if (!TryApply(form, entity, state))
        {
            return Invalid(await BuildPageAsync(entity, form, cancellationToken));
        }

        await ApplyRelationsAsync(form, entity, cancellationToken);

        // The update only succeeds if the row still has the stamp this form was loaded with.
        Db.Entry(entity).Property(nameof(IVersioned.ConcurrencyStamp)).OriginalValue = form.ConcurrencyStamp;
        return await SaveAsync(entity, SaveKind.Update, "", form, state, cancellationToken, before) switch
        {
            SaveStatus.Saved => Saved(id, SavedNotice(entity, created: false)),
            SaveStatus.Conflict => await ConflictAsync(id, form, state, cancellationToken),
            SaveStatus.Unavailable => new(SaveStatus.Unavailable, await BuildPageAsync(entity, form, cancellationToken)),
            _ => Invalid(await BuildPageAsync(entity, form, cancellationToken)),
        };
    }

    /// <summary>Archives or restores; returns the notice to show, or null when there is no such item.</summary>
    public async Task<string?> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken)
    {
        var entity = await Db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (archived && RefuseArchive(entity) is { } refusal)
        {
            return refusal;
        }

        if (entity.IsArchived == archived)
        {
            return Format(archived ? AdminText.Notice_AlreadyArchived : AdminText.Notice_NotArchived, Noun, NameOf(entity));
        }

        BeforeChange(entity);
        entity.IsArchived = archived;
        var kind = archived ? SaveKind.Archive : SaveKind.Unarchive;
        switch (await SaveAsync(entity, kind, archived ? AdminText.Revision_Archived : AdminText.Revision_Unarchived, null, null, cancellationToken))
        {
            case SaveStatus.Unavailable:
                return AdminText.Save_StorageFault;
            case not SaveStatus.Saved:
                return Format(AdminText.Notice_SavedMeanwhile, NameOf(entity));
        }

        var notice = Format(archived ? AdminText.Notice_Archived : AdminText.Notice_Unarchived, Noun, NameOf(entity));
        return HiddenWhenArchived
            ? notice + " " + (archived ? AdminText.Notice_HiddenFromPublic : AdminText.Notice_ShownOnPublic)
            : notice;
    }

    /// <summary>The notice after a save; a type may add what the save means (an article's state).</summary>
    protected virtual string SavedNotice(TEntity entity, bool created) =>
        Format(created ? AdminText.Notice_Created : AdminText.Notice_Saved, Noun, NameOf(entity));

    /// <summary>Filters by archive state, counts, and returns one page of rows, ordered and projected by <paramref name="project"/>.</summary>
    protected async Task<IListPage> PageOfAsync<TRow>(
        TFilter filter,
        IQueryable<TEntity> query,
        Func<IQueryable<TEntity>, IQueryable<TRow>> project,
        IReadOnlyList<FilterSelect> selects,
        CancellationToken cancellationToken)
    {
        query = ByArchiveState(filter, query);
        var paging = Paging.For(filter.Page, PageSize, await query.CountAsync(cancellationToken));
        var rows = await project(query).Skip(paging.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
        return new ListPage<TRow>(filter, rows, paging, selects);
    }

    /// <summary>
    /// The same for a large table whose rows are wide: the page's ids are chosen in <paramref name="order"/> by a
    /// subquery an index can answer alone, and only those rows are read and projected (one command still). Sorting
    /// the projected rows instead read every row of the table (10,000 articles with their bodies).
    /// </summary>
    protected async Task<IListPage> PageByKeysAsync<TRow>(
        TFilter filter,
        IQueryable<TEntity> query,
        Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> order,
        Func<IQueryable<TEntity>, IQueryable<TRow>> project,
        IReadOnlyList<FilterSelect> selects,
        CancellationToken cancellationToken)
    {
        query = ByArchiveState(filter, query);
        var paging = Paging.For(filter.Page, PageSize, await query.CountAsync(cancellationToken));
        var ids = order(query).Skip(paging.Skip(PageSize)).Take(PageSize).Select(e => e.Id);
        var rows = await project(order(Db.Set<TEntity>().AsNoTracking().Where(e => ids.Contains(e.Id)))).ToListAsync(cancellationToken);
        return new ListPage<TRow>(filter, rows, paging, selects);
    }

    private static IQueryable<TEntity> ByArchiveState(TFilter filter, IQueryable<TEntity> query) =>
        filter.Show switch
        {
            ArchiveFilter.Active => query.Where(e => !e.IsArchived),
            ArchiveFilter.Archived => query.Where(e => e.IsArchived),
            _ => query,
        };

    /// <summary>
    /// Items whose name (property <paramref name="nameProperty"/>) contains <paramref name="text"/>, or whose slug contains
    /// its slug form, so "ho ngheo" (typed without diacritics) finds the indicator of the poor-household rate.
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
            : query.Where(e => EF.Property<string>(e, nameProperty).Contains(words) || e.Slug.Contains(slug));
    }

    /// <summary>
    /// A list filtered by an optional parent, as its select posts it: nothing means every item, 0 the items under no
    /// parent, any other id that parent's items.
    /// </summary>
    protected static IQueryable<TEntity> UnderParent(IQueryable<TEntity> query, int? parent, Expression<Func<TEntity, int?>> parentId) =>
        parent switch
        {
            null => query,
            var id => query.Where(Expression.Lambda<Func<TEntity, bool>>(
                Expression.Equal(parentId.Body, Expression.Constant(id == 0 ? null : id, typeof(int?))), parentId.Parameters)),
        };

    /// <summary>
    /// The select of such a filter, named after the filter's property <paramref name="name"/> and labelled as its field:
    /// every item, the items under no parent, then the parents (the form's choices without their empty one).
    /// </summary>
    protected static FilterSelect ParentSelect(string name, string noParent, IEnumerable<SelectListItem> parentChoices, int? selected) =>
        Select(name, [new(noParent, "0"), .. parentChoices.Where(c => c.Value.Length > 0)], selected?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A select of the list's filter: "every item", then <paramref name="choices"/>; labelled as the filter's field.</summary>
    protected static FilterSelect Select(string name, IEnumerable<SelectListItem> choices, string? selected) =>
        new(name, FieldText.Label(typeof(TFilter), typeof(TFilter).GetProperty(name)!) ?? name, [new(AdminText.Filter_All, ""), .. choices], selected);

    public Task<TEntity?> FindForEditingAsync(int id, CancellationToken cancellationToken) => FindAsync(id, cancellationToken);

    public Task<TPage> PageForAsync(TEntity entity, CancellationToken cancellationToken) => BuildPageAsync(entity, ToForm(entity), cancellationToken);

    /// <summary>
    /// A change that does not come from the form (restoring an article's revision) through the same save: stamp-guarded,
    /// with the after-save hook and the audit entry (as <paramref name="action"/>, with the note) in one transaction.
    /// </summary>
    protected async Task<SaveStatus> SaveChangeAsync(TEntity entity, AuditAction action, string note, CancellationToken cancellationToken)
    {
        Db.SaveIntent = (action, note);
        try
        {
            return await SaveAsync(entity, SaveKind.Update, note, null, null, cancellationToken);
        }
        finally
        {
            Db.SaveIntent = null;
        }
    }

    /// <summary>The options of a select of other items: an empty first choice, then the items, archived ones marked so.</summary>
    protected static async Task<IReadOnlyList<SelectListItem>> ChoicesAsync<TOther>(
        IQueryable<TOther> ordered, Func<TOther, string> label, string none, CancellationToken cancellationToken)
        where TOther : ContentItem =>
        SelectOptions.Optional(
            none,
            (await ordered.AsNoTracking().ToListAsync(cancellationToken)).Select(o => (o.Id, ContentLabels.WithArchivedNote(label(o), o.IsArchived))));

    /// <summary>Refuses a chosen item that no longer exists (deleted while the form was open, or a hand-made post).</summary>
    protected async Task RequireExistingAsync<TOther>(int? id, string field, string message, FormState state, CancellationToken cancellationToken)
        where TOther : ContentItem
    {
        if (id is { } chosen && !await Db.Set<TOther>().AnyAsync(o => o.Id == chosen, cancellationToken))
        {
            state.AddError(field, message);
        }
    }

    /// <summary>Posted text as stored: browsers send CRLF from textareas, stored text uses LF, so an untouched field stays unchanged.</summary>
    protected static string Clean(string? text) => PostedText.Clean(text);

    /// <summary>Like <see cref="Clean"/>, but empty stays empty (null): "not known" is not the same as "".</summary>
    protected static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    protected static string Format(string format, params object?[] values) => VietnameseFormat.Text(format, values);

    protected Task<TEntity?> FindAsync(int id, CancellationToken cancellationToken) =>
        ForEditing(Db.Set<TEntity>()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    protected Task<bool> IsSlugTakenAsync(string slug, int? exceptId, CancellationToken cancellationToken) =>
        Db.Set<TEntity>().AnyAsync(
            e => e.Slug == slug && (exceptId == null || e.Id != exceptId),
            cancellationToken);

    /// <summary>The one slug rule: suggested from the name when left empty (made unique quietly), else well formed and unused.</summary>
    private async Task CheckAsync(TForm form, TEntity? entity, FormState state, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, entity, state, cancellationToken);
        if (state.HasError(nameof(ContentForm.Slug)))
        {
            return;
        }

        int? id = entity?.Id;
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
                state.AddError(nameof(ContentForm.Slug), AdminText.Slug_CannotSuggest);
            }

            return;
        }

        form.Slug = slug;
        if (!Slugifier.IsWellFormed(slug))
        {
            var suggestion = Slugifier.Slugify(slug);
            state.AddError(nameof(ContentForm.Slug), Format(AdminText.Slug_Malformed, Slugifier.MaxLength, suggestion.Length > 0 ? suggestion : AdminText.Slug_Example));
        }
        else if (await IsSlugTakenAsync(slug, id, cancellationToken))
        {
            state.AddError(nameof(ContentForm.Slug), SlugTakenMessage(slug));
        }
    }

    private async Task<TPage> BuildPageAsync(TEntity? entity, TForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(entity, form, cancellationToken);
        if (entity is not null)
        {
            page.Name = NameOf(entity);
            page.IsArchived = entity.IsArchived;
            page.PublicUrl ??= PublicUrlOf(entity);
        }

        return page;
    }

    private string SlugTakenMessage(string slug) => Format(AdminText.Slug_Taken, slug, Noun);

    private async Task<SaveStatus> SaveAsync(
        TEntity entity, SaveKind kind, string note, TForm? form, FormState? state, CancellationToken cancellationToken, string? lastingUrl = null)
    {
        try
        {
            await Db.InTransactionAsync(
                async () =>
                {
                    await Db.SaveChangesAsync(cancellationToken);
                    await AfterSaveAsync(entity, kind, note, cancellationToken);
                    await new SearchIndex(Db).RefreshAsync(entity, cancellationToken);
                    if (lastingUrl is not null && LastingUrlOf(entity) is { } moved && !lastingUrl.Contains('#') && !moved.Contains('#'))
                    {
                        await new LastingUrls(Db).RecordAsync(lastingUrl, moved, cancellationToken);
                    }

                    await Db.SaveChangesAsync(cancellationToken);
                    return true;
                },
                cancellationToken);
            return SaveStatus.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.Conflict;
        }
        catch (Exception e) when (StorageFaults.IsStorageFault(e))
        {
            // Nothing was written (the transaction rolled back); the form keeps what was typed, to be saved again.
            Db.ChangeTracker.Clear();
            StorageFaults.Recover();
            state?.AddFormError(AdminText.Save_StorageFault);
            return SaveStatus.Unavailable;
        }
        catch (DbUpdateException) when (form?.Slug is { } slug && state is not null)
        {
            // Another save took the slug between the check and this save, and the unique index refused it.
            int? id = kind == SaveKind.Create ? null : entity.Id;
            Db.ChangeTracker.Clear();
            if (!await IsSlugTakenAsync(slug, id, cancellationToken))
            {
                throw;
            }

            state.AddError(nameof(ContentForm.Slug), SlugTakenMessage(slug));
            return SaveStatus.Invalid;
        }
    }

    /// <summary>
    /// Shows the saved values beside the user's. The form keeps the user's values but takes the new stamp,
    /// so saving again deliberately replaces the other edit.
    /// </summary>
    private async Task<EditOutcome<TPage>> ConflictAsync(int id, TForm form, FormState state, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var entity = await FindAsync(id, cancellationToken);
        if (entity is null)
        {
            return Missing;
        }

        var saved = ToForm(entity);
        form.ConcurrencyStamp = entity.ConcurrencyStamp;
        state.Forget(nameof(ContentForm.ConcurrencyStamp));

        var page = await BuildPageAsync(entity, form, cancellationToken);
        page.Conflict = ConflictComparison.Between(form, saved, entity.UpdatedAtUtc, entity.UpdatedBy, page.Choices);
        return new(SaveStatus.Conflict, page);
    }
}

/// <summary>What a save is, for the after-save hook (an article's revision note) and the audit trail.</summary>
public enum SaveKind
{
    Create,
    Update,
    Archive,
    Unarchive,
}
