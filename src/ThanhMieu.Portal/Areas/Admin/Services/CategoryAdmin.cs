namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Article categories. The congress and news categories are found by their slugs (/dai-hoi shows the newest
/// congress article), so those two keep their slug and cannot be archived.
/// </summary>
public sealed class CategoryAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Category, CategoryForm, ContentFilter, TaxonomyEditPage<CategoryForm>>(db, options)
{
    protected override string Noun => ContentText.Category_Noun;

    protected override string NameOf(Category entity) => entity.Name;

    public static bool IsWellKnown(string slug) => slug is Category.CongressSlug or Category.NewsSlug;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Categories.AsNoTracking(), filter.Q, nameof(Category.Name)),
            q => q.OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new CategoryRow(
                    c.Id,
                    c.Name,
                    c.Slug,
                    Db.Articles.Count(a => a.CategoryId == c.Id),
                    c.IsArchived,
                    c.Slug == Category.CongressSlug || c.Slug == Category.NewsSlug)),
            [],
            cancellationToken);

    protected override Task ValidateAsync(CategoryForm form, Category? entity, FormState state, CancellationToken cancellationToken)
    {
        if (entity is not null && IsWellKnown(entity.Slug) && form.Slug?.Trim() != entity.Slug)
        {
            state.AddError(nameof(form.Slug), Format(ContentText.Category_Slug_Locked, entity.Slug));
        }

        return Task.CompletedTask;
    }

    protected override string? RefuseArchive(Category entity) =>
        IsWellKnown(entity.Slug) ? Format(ContentText.Category_Archive_Refused, entity.Name) : null;

    protected override string? PublicUrlOf(Category entity) => entity.Slug switch
    {
        Category.CongressSlug => urls.Congress(),
        Category.NewsSlug => urls.News(),
        _ => null,
    };

    protected override string? LastingUrlOf(Category entity) => entity.IsArchived ? null : PublicUrlOf(entity) ?? urls.Category(entity.Slug);

    protected override async Task<TaxonomyEditPage<CategoryForm>> PageAsync(Category? entity, CategoryForm form, CancellationToken cancellationToken)
    {
        form.SlugLocked = entity is not null && IsWellKnown(entity.Slug);
        return new TaxonomyEditPage<CategoryForm>(entity?.Id, form)
        {
            ArticleCount = entity is null ? 0 : await Db.Articles.CountAsync(a => a.CategoryId == entity.Id, cancellationToken),
        };
    }
}
