namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Indicators (shown on /thanh-tuu and the home page's key figures); their observations are <see cref="ObservationAdmin"/>'s.</summary>
public sealed class IndicatorAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Indicator, IndicatorForm, IndicatorFilter, IndicatorEditPage>(db, options)
{
    protected override string Noun => ContentText.Indicator_Noun;

    protected override string NameOf(Indicator entity) => entity.Name;

    public override Task<IListPage> ListAsync(IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var query = Search(Db.Indicators.AsNoTracking(), filter.Q, nameof(Indicator.Name));
        if (filter.Group is { } group)
        {
            query = query.Where(i => i.Group == group);
        }

        IReadOnlyList<SelectListItem> groups =
            [new SelectListItem(ContentText.Indicator_Filter_AllGroups, ""), .. SelectOptions.Of<IndicatorGroup>(VietnameseFormat.GroupName)];
        return PageOfAsync(
            filter,
            query,
            q => q.OrderBy(i => i.SortOrder).ThenBy(i => i.Name)
                .Select(i => new IndicatorRow(i.Id, i.Name, i.Group, i.Unit, i.Observations.Count, i.IsKeyFigure, i.IsArchived)),
            [new FilterSelect(nameof(IndicatorFilter.Group), ContentText.Indicator_Group, groups, filter.Group?.ToString())],
            cancellationToken);
    }

    protected override IQueryable<Indicator> ForEditing(IQueryable<Indicator> entities) => entities.Include(i => i.Observations);

    /// <summary>
    /// The indicator's own page while it is not archived. Being the lasting URL too (<see cref="ContentAdmin{TEntity, TForm, TFilter, TPage}.LastingUrlOf"/>),
    /// a new slug leaves the old address answering 301 to the new one.
    /// </summary>
    protected override string? PublicUrlOf(Indicator entity) => entity.IsArchived ? null : urls.Indicator(entity.Slug);

    protected override Task<IndicatorEditPage> PageAsync(Indicator? entity, IndicatorForm form, CancellationToken cancellationToken)
    {
        var observations = entity is null
            ? []
            : entity.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year).Select(o => ObservationAdmin.ToRow(o, entity.Unit)).ToList();

        return Task.FromResult(new IndicatorEditPage(entity?.Id, form)
        {
            Choices = { [nameof(form.Group)] = SelectOptions.Of<IndicatorGroup>(VietnameseFormat.GroupName) },
            Observations = observations,
            NewObservation = new ObservationForm { SortOrder = observations.Count == 0 ? 1 : observations.Max(o => o.Form.SortOrder) + 1 },
        });
    }
}
