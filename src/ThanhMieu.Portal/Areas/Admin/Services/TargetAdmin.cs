namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The term's targets (shown on /muc-tieu); their dated progress updates are <see cref="ProgressUpdateAdmin"/>'s.</summary>
public sealed class TargetAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Target, TargetForm, TargetFilter, TargetEditPage>(db, options)
{
    protected override string Noun => ContentText.Target_Noun;

    protected override string NameOf(Target entity) => entity.Title;

    public override async Task<IListPage> ListAsync(TargetFilter filter, CancellationToken cancellationToken)
    {
        var query = UnderParent(Search(Db.Targets.AsNoTracking(), filter.Q, nameof(Target.Title)), filter.Breakthrough, t => t.BreakthroughId);
        return await PageOfAsync(
            filter,
            query,
            q => q.OrderBy(t => t.Breakthrough == null ? 0 : t.Breakthrough.TermStartYear)
                .ThenBy(t => t.Breakthrough == null ? 0 : t.Breakthrough.Number)
                .ThenBy(t => t.SortOrder)
                .Select(t => new TargetRow(
                    t.Id,
                    t.Title,
                    t.Breakthrough == null ? null : t.Breakthrough.Title,
                    t.Status,
                    t.DeadlineYear,
                    t.ProgressUpdates.Count,
                    t.IsArchived)),
            [ParentSelect(nameof(filter.Breakthrough), ContentText.Target_Filter_General, await BreakthroughChoicesAsync(cancellationToken), filter.Breakthrough)],
            cancellationToken);
    }

    protected override IQueryable<Target> ForEditing(IQueryable<Target> entities) => entities.Include(t => t.ProgressUpdates);

    protected override Task ValidateAsync(TargetForm form, Target? entity, FormState state, CancellationToken cancellationToken) =>
        RequireExistingAsync<Breakthrough>(form.BreakthroughId, nameof(form.BreakthroughId), ContentText.Target_Breakthrough_Gone, state, cancellationToken);

    /// <summary>
    /// The target's own page while it is not archived. Being the lasting URL too, a new slug leaves the old address
    /// answering 301 to the new one.
    /// </summary>
    protected override string? PublicUrlOf(Target entity) => entity.IsArchived ? null : urls.Target(entity.Slug);

    protected override async Task<TargetEditPage> PageAsync(Target? entity, TargetForm form, CancellationToken cancellationToken) =>
        new(entity?.Id, form)
        {
            Choices =
            {
                [nameof(form.BreakthroughId)] = await BreakthroughChoicesAsync(cancellationToken),
                [nameof(form.Status)] = SelectOptions.Of<TargetStatus>(VietnameseFormat.StatusName),
            },
            Updates = entity is null
                ? []
                : entity.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Select(p => ProgressUpdateAdmin.ToRow(p, entity.Unit)).ToList(),
        };

    private Task<IReadOnlyList<SelectListItem>> BreakthroughChoicesAsync(CancellationToken cancellationToken) =>
        ChoicesAsync(
            Db.Breakthroughs.OrderByDescending(b => b.TermStartYear).ThenBy(b => b.Number),
            b => TermLabels.Breakthrough(b.TermStartYear, b.Number, b.Title),
            ContentText.Target_Breakthrough_None,
            cancellationToken);
}
