namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>What a child-row service asks of its parent's service: the parent as its edit screen loads it, and that screen.</summary>
public interface IParentAdmin<TParent, TPage>
    where TParent : class
{
    /// <summary>The parent with its child rows, tracked; null when there is none.</summary>
    Task<TParent?> FindForEditingAsync(int id, CancellationToken cancellationToken);

    /// <summary>The parent's edit screen with its saved values, on which a child form's errors are shown.</summary>
    Task<TPage> PageForAsync(TParent parent, CancellationToken cancellationToken);
}

/// <summary>
/// The messages of a kind of child row; each format takes what <c>Describe</c> returns. <paramref name="Saved"/> is null
/// when the rows are not edited in place.
/// </summary>
public sealed record ChildRowTexts(string Added, string? Saved, string Removed, string Gone, string DeleteQuestion);

/// <summary>
/// The one mechanism of the small forms that add, edit and delete a parent's child rows (an indicator's observations, a
/// target's progress updates) on the parent's edit screen: find the parent and the row (a row of another parent is not
/// found), validate, map, save, and go back to the parent's section with a notice, or show the parent's edit screen again
/// with the form's errors. A row someone else deleted meanwhile gives the "gone" notice; a row someone else saved since
/// this screen was made gives the conflict page (409) with the saved values beside the user's, as for every content
/// type, and the next save of the form replaces theirs deliberately. Each kind supplies its mapping, its rules and its
/// messages.
/// </summary>
public abstract class ChildRowsAdmin<TParent, TChild, TChildForm, TParentPage, TDeletePage>(
    PortalDbContext db, IParentAdmin<TParent, TParentPage> parents)
    where TParent : class
    where TChild : ChildRow, new()
    where TChildForm : class, IChildRowForm, new()
    where TParentPage : class, IEditPage
    where TDeletePage : class
{
    protected PortalDbContext Db => db;

    /// <summary>The id of the parent's section of these rows, where every save returns to.</summary>
    protected abstract string Anchor { get; }

    protected abstract ChildRowTexts Texts { get; }

    protected abstract ICollection<TChild> RowsOf(TParent parent);

    protected abstract int IdOf(TChild row);

    /// <summary>Writes the form onto the row: by default the fields of the same names (<see cref="FormMapping"/>).</summary>
    protected virtual void Apply(TChildForm form, TChild row) => FormMapping.Apply(form, row);

    /// <summary>A row's values as its edit form shows them, with the stamp its save must post back.</summary>
    protected static TChildForm ToForm(TChild row) => FormMapping.ToForm<TChild, TChildForm>(row);

    /// <summary>The options of the row form's selects by property name, so a conflict names a choice as the select does.</summary>
    protected virtual IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices { get; } =
        new Dictionary<string, IReadOnlyList<SelectListItem>>();

    /// <summary>The values the messages' formats name the row with.</summary>
    protected abstract object?[] Describe(TChild row, TParent parent);

    protected abstract TDeletePage DeletePage(TParent parent, TChild row, string question);

    /// <summary>Rules beyond the form's attributes; adds errors to <paramref name="state"/>.</summary>
    protected virtual void Validate(TChildForm form, FormState state)
    {
    }

    /// <summary>Rules that need the database (a row refers to another item); by default <see cref="Validate"/>.</summary>
    protected virtual Task ValidateAsync(TChildForm form, FormState state, CancellationToken cancellationToken)
    {
        Validate(form, state);
        return Task.CompletedTask;
    }

    public async Task<EditOutcome<TParentPage>> AddAsync(int parentId, TChildForm form, FormState state, CancellationToken cancellationToken)
    {
        var parent = await parents.FindForEditingAsync(parentId, cancellationToken);
        if (parent is null)
        {
            return Missing;
        }

        await ValidateAsync(form, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await parents.PageForAsync(parent, cancellationToken));
        }

        var row = new TChild();
        Apply(form, row);
        RowsOf(parent).Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Saved(parentId, Texts.Added, row, parent);
    }

    public async Task<EditOutcome<TParentPage>> UpdateAsync(
        int parentId, int rowId, TChildForm form, FormState state, CancellationToken cancellationToken)
    {
        var (parent, row) = await FindAsync(parentId, rowId, cancellationToken);
        if (parent is null || row is null)
        {
            return Missing;
        }

        if (form.ConcurrencyStamp == Guid.Empty)
        {
            // Every row's form carries the stamp it was shown with; a post without one did not come from it.
            return new(SaveStatus.Malformed);
        }

        await ValidateAsync(form, state, cancellationToken);
        if (!state.IsValid)
        {
            return Invalid(await parents.PageForAsync(parent, cancellationToken));
        }

        Apply(form, row);
        var saved = Texts.Saved ?? throw new InvalidOperationException($"{GetType().Name} rows are not edited in place.");

        // The update only succeeds if the row still has the stamp this form was shown with.
        db.Entry(row).Property(nameof(IVersioned.ConcurrencyStamp)).OriginalValue = form.ConcurrencyStamp;
        if (await TrySaveAsync(cancellationToken))
        {
            return Saved(parentId, saved, row, parent);
        }

        return await ConflictAsync(parentId, rowId, form, state, cancellationToken);
    }

    /// <summary>The page that asks before a row is deleted; null when the parent has no such row.</summary>
    public async Task<TDeletePage?> RemovePageAsync(int parentId, int rowId, CancellationToken cancellationToken)
    {
        var (parent, row) = await FindAsync(parentId, rowId, cancellationToken);
        return parent is null || row is null ? null : DeletePage(parent, row, Format(Texts.DeleteQuestion, row, parent));
    }

    public async Task<EditOutcome<TParentPage>> RemoveAsync(int parentId, int rowId, CancellationToken cancellationToken)
    {
        var (parent, row) = await FindAsync(parentId, rowId, cancellationToken);
        if (parent is null || row is null)
        {
            return Missing;
        }

        db.Remove(row);
        return await TrySaveAsync(cancellationToken) ? Saved(parentId, Texts.Removed, row, parent) : Gone(parentId);
    }

    private static EditOutcome<TParentPage> Missing { get; } = new(SaveStatus.NotFound);

    private static EditOutcome<TParentPage> Invalid(TParentPage page) => new(SaveStatus.Invalid, page);

    private EditOutcome<TParentPage> Saved(int parentId, string format, TChild row, TParent parent) =>
        new(SaveStatus.Saved, null, parentId, Format(format, row, parent), Anchor);

    private EditOutcome<TParentPage> Gone(int parentId) => new(SaveStatus.Saved, null, parentId, Texts.Gone, Anchor);

    private string Format(string format, TChild row, TParent parent) => VietnameseFormat.Text(format, Describe(row, parent));

    /// <summary>The parent, with the row when it belongs to that parent.</summary>
    private async Task<(TParent? Parent, TChild? Row)> FindAsync(int parentId, int rowId, CancellationToken cancellationToken)
    {
        var parent = await parents.FindForEditingAsync(parentId, cancellationToken);
        return (parent, parent is null ? null : RowsOf(parent).FirstOrDefault(r => IdOf(r) == rowId));
    }

    /// <summary>
    /// After a stale save: the row gone, or the parent's screen with the saved row beside the user's values. The row's
    /// form keeps what the user typed but takes the saved stamp, so saving it again replaces the other edit on purpose.
    /// </summary>
    private async Task<EditOutcome<TParentPage>> ConflictAsync(
        int parentId, int rowId, TChildForm form, FormState state, CancellationToken cancellationToken)
    {
        var (parent, row) = await FindAsync(parentId, rowId, cancellationToken);
        if (parent is null)
        {
            return Missing;
        }

        if (row is null)
        {
            return Gone(parentId);
        }

        state.Forget(nameof(IChildRowForm.ConcurrencyStamp));
        state.AddError(nameof(IChildRowForm.ConcurrencyStamp), AdminText.Conflict_Row);
        var page = await parents.PageForAsync(parent, cancellationToken);
        page.Conflict = ConflictComparison.Between(form, ToForm(row), row.UpdatedAtUtc, row.UpdatedBy, Choices);
        return new(SaveStatus.Conflict, page);
    }

    /// <summary>Saves a change to a row; false when someone else changed or deleted the row meanwhile.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
