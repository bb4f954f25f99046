namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>What the one-item admin controller asks of its service.</summary>
public interface ISingleContentAdmin<in TForm, TPage>
    where TForm : ContentForm
    where TPage : class, IEditPage
{
    string FormPrefix { get; }

    /// <summary>The edit screen of the one item (empty, as a new item, before its first save).</summary>
    Task<TPage> ScreenAsync(CancellationToken cancellationToken);

    Task<EditOutcome<TPage>> SaveAsync(TForm form, FormState state, CancellationToken cancellationToken);
}

/// <summary>
/// A content type with one item at most (the site settings) on the one edit pipeline: no row yet means every value is
/// empty; the first save creates the row and every later one updates it, stamp-guarded and audited like any other save.
/// The item's slug is <see cref="ContentForm.SlugSource"/>, fixed; it has no list and is never archived.
/// </summary>
public abstract class SingleContentAdmin<TEntity, TForm, TPage>(PortalDbContext db, IOptions<AdminOptions> options)
    : ContentAdmin<TEntity, TForm, ContentFilter, TPage>(db, options), ISingleContentAdmin<TForm, TPage>
    where TEntity : ContentItem
    where TForm : ContentForm, new()
    where TPage : EditPage<TForm>
{
    public sealed override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A single item has no list.");

    public async Task<TPage> ScreenAsync(CancellationToken cancellationToken) =>
        await ItemIdAsync(cancellationToken) is { } id
            ? (await EditPageAsync(id, cancellationToken))!
            : await CreatePageAsync(_ => null, cancellationToken);

    public async Task<EditOutcome<TPage>> SaveAsync(TForm form, FormState state, CancellationToken cancellationToken)
    {
        if (await ItemIdAsync(cancellationToken) is not { } id)
        {
            return await CreateAsync(form, state, cancellationToken);
        }

        if (form.ConcurrencyStamp == Guid.Empty)
        {
            // The form was opened before the first save created the item: someone saved since, which is a conflict.
            form.ConcurrencyStamp = Guid.NewGuid();
        }

        return await UpdateAsync(id, form, state, cancellationToken);
    }

    private Task<int?> ItemIdAsync(CancellationToken cancellationToken) =>
        Db.Set<TEntity>().OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
}
