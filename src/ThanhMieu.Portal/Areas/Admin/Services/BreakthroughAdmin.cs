namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Strategic breakthroughs of each congress term: 2025–2030 on /muc-tieu, 2020–2025 on /thanh-tuu.</summary>
public sealed class BreakthroughAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Breakthrough, BreakthroughForm, ContentFilter, BreakthroughEditPage>(db, options)
{
    protected override string Noun => ContentText.Breakthrough_Noun;

    protected override string NameOf(Breakthrough entity) => entity.Title;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Breakthroughs.AsNoTracking(), filter.Q, nameof(Breakthrough.Title)),
            q => q.OrderByDescending(b => b.TermStartYear).ThenBy(b => b.Number)
                .Select(b => new BreakthroughRow(b.Id, b.Title, b.TermStartYear, b.Number, b.Targets.Count, b.IsArchived)),
            [],
            cancellationToken);

    protected override IQueryable<Breakthrough> ForEditing(IQueryable<Breakthrough> entities) => entities.Include(b => b.Targets);

    // The 2025–2030 page anchors each breakthrough; the achievements page lists the earlier ones together.
    protected override string? PublicUrlOf(Breakthrough entity) =>
        entity.TermStartYear == 2020 ? urls.Achievements("dot-pha-2020-2025") : urls.Targets(entity.Slug);

    protected override Task<BreakthroughEditPage> PageAsync(Breakthrough? entity, BreakthroughForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new BreakthroughEditPage(entity?.Id, form)
        {
            Targets = entity is null ? [] : entity.Targets.OrderBy(t => t.SortOrder).Select(t => (t.Id, t.Title, t.IsArchived)).ToList(),
        });
}
