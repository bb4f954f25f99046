namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The five wards and communes merged into the ward (/gioi-thieu); their history is Markdown rendered at save.</summary>
public sealed class FormerUnitAdmin(PortalDbContext db, IOptions<AdminOptions> options, IMarkdownRenderer renderer, PublicUrls urls)
    : ContentAdmin<FormerUnit, FormerUnitForm, ContentFilter, FormerUnitEditPage>(db, options)
{
    protected override string Noun => ContentText.FormerUnit_Noun;

    protected override string NameOf(FormerUnit entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.FormerUnits.AsNoTracking(), filter.Q, nameof(FormerUnit.Name)),
            q => q.OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new FormerUnitRow(u.Id, u.Name, u.Kind, u.HeritageSites.Count, u.IsArchived)),
            [],
            cancellationToken);

    /// <summary>The edit page with the posted history rendered as residents would see it; nothing is saved.</summary>
    protected override string? RenderPreview(FormerUnitForm form) =>
        ContentRendering.FormerUnitHistory(Clean(form.HistoryMarkdown), string.IsNullOrWhiteSpace(form.Slug) ? Slugifier.Slugify(form.Name) : form.Slug.Trim(), renderer);

    protected override void Apply(FormerUnitForm form, FormerUnit entity)
    {
        base.Apply(form, entity);
        entity.SetHistory(entity.HistoryMarkdown, renderer);
    }

    protected override IQueryable<FormerUnit> ForEditing(IQueryable<FormerUnit> entities) => entities.Include(u => u.HeritageSites);

    protected override string? PublicUrlOf(FormerUnit entity) => urls.FormerUnit(entity.Slug);

    protected override Task<FormerUnitEditPage> PageAsync(FormerUnit? entity, FormerUnitForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new FormerUnitEditPage(entity?.Id, form)
        {
            Choices = { [nameof(form.Kind)] = SelectOptions.Of<FormerUnitKind>(VietnameseFormat.KindName) },
            Sites = entity is null ? [] : entity.HeritageSites.OrderBy(h => h.SortOrder).Select(h => (h.Id, h.Name, h.IsArchived)).ToList(),
        });
}
