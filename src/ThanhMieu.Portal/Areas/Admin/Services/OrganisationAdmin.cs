namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The bodies of /gioi-thieu/to-chuc; their duties are Markdown rendered at save, their people <see cref="OfficialAdmin"/>'s.</summary>
public sealed class OrganisationAdmin(PortalDbContext db, IOptions<AdminOptions> options, IMarkdownRenderer renderer, PublicUrls urls)
    : ContentAdmin<Organisation, OrganisationForm, ContentFilter, OrganisationEditPage>(db, options)
{
    protected override string Noun => OrganisationText.Organisation_Noun;

    protected override string NameOf(Organisation entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Organisations.AsNoTracking(), filter.Q, nameof(Organisation.Name)),
            q => q.OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
                .Select(o => new OrganisationRow(o.Id, o.Name, o.Officials.Count, o.IsArchived)),
            [],
            cancellationToken);

    protected override string? RenderPreview(OrganisationForm form) => renderer.Render(Clean(form.DutiesMarkdown)).Html;

    protected override void Apply(OrganisationForm form, Organisation entity)
    {
        base.Apply(form, entity);
        entity.SetDuties(entity.DutiesMarkdown, entity.DutiesEnMarkdown, renderer);
    }

    protected override IQueryable<Organisation> ForEditing(IQueryable<Organisation> entities) => entities.Include(o => o.Officials);

    protected override string? PublicUrlOf(Organisation entity) => entity.IsArchived ? null : urls.Organisation(entity.Slug);

    protected override Task<OrganisationEditPage> PageAsync(Organisation? entity, OrganisationForm form, CancellationToken cancellationToken)
    {
        var officials = entity?.Officials.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(OfficialAdmin.ToRow).ToList() ?? [];
        return Task.FromResult(new OrganisationEditPage(entity?.Id, form)
        {
            Officials = officials,
            NewOfficial = new OfficialForm { SortOrder = officials.Count == 0 ? 1 : officials.Max(o => o.SortOrder) + 1 },
        });
    }
}
