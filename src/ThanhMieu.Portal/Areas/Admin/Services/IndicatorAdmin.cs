using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Indicators (shown on /thanh-tuu and the home page's key figures) and their observations.</summary>
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

    public async Task<EditOutcome<IndicatorEditPage>> AddObservationAsync(
        int id, ObservationForm form, FormState state, CancellationToken cancellationToken)
    {
        var indicator = await FindAsync(id, cancellationToken);
        if (indicator is null)
        {
            return Missing;
        }

        CheckPeriod(form, state);
        if (!state.IsValid)
        {
            return Invalid(await PageAsync(indicator, ToForm(indicator), cancellationToken));
        }

        var observation = new Observation();
        Apply(form, observation);
        indicator.Observations.Add(observation);
        await Db.SaveChangesAsync(cancellationToken);
        return Saved(id, Format(ContentText.Observation_Added, Describe(observation, indicator)), IndicatorEditPage.ObservationsAnchor);
    }

    public async Task<EditOutcome<IndicatorEditPage>> UpdateObservationAsync(
        int id, int observationId, ObservationForm form, FormState state, CancellationToken cancellationToken)
    {
        var (indicator, observation) = await FindObservationAsync(id, observationId, cancellationToken);
        if (indicator is null || observation is null)
        {
            return Missing;
        }

        CheckPeriod(form, state);
        if (!state.IsValid)
        {
            return Invalid(await PageAsync(indicator, ToForm(indicator), cancellationToken));
        }

        Apply(form, observation);
        return await TrySaveChildAsync(cancellationToken)
            ? Saved(id, Format(ContentText.Observation_Saved, Describe(observation, indicator)), IndicatorEditPage.ObservationsAnchor)
            : Saved(id, ContentText.Observation_Gone, IndicatorEditPage.ObservationsAnchor);
    }

    /// <summary>The page that asks before an observation is deleted; null when the indicator has no such observation.</summary>
    public async Task<ObservationDeletePage?> RemoveObservationPageAsync(int id, int observationId, CancellationToken cancellationToken)
    {
        var (indicator, observation) = await FindObservationAsync(id, observationId, cancellationToken);
        return indicator is null || observation is null
            ? null
            : new ObservationDeletePage(
                id, indicator.Name, Format(ContentText.Observation_DeleteQuestion, Describe(observation, indicator)), ToRow(observation, indicator.Unit));
    }

    public async Task<EditOutcome<IndicatorEditPage>> RemoveObservationAsync(int id, int observationId, CancellationToken cancellationToken)
    {
        var (indicator, observation) = await FindObservationAsync(id, observationId, cancellationToken);
        if (indicator is null || observation is null)
        {
            return Missing;
        }

        Db.Observations.Remove(observation);
        return await TrySaveChildAsync(cancellationToken)
            ? Saved(id, Format(ContentText.Observation_Removed, Describe(observation, indicator)), IndicatorEditPage.ObservationsAnchor)
            : Saved(id, ContentText.Observation_Gone, IndicatorEditPage.ObservationsAnchor);
    }


    protected override IndicatorForm ToForm(Indicator entity) => new()
    {
        Name = entity.Name,
        Slug = entity.Slug,
        Group = entity.Group,
        Unit = entity.Unit,
        Description = entity.Description,
        IsKeyFigure = entity.IsKeyFigure,
        SortOrder = entity.SortOrder,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override Indicator Create(IndicatorForm form) => new() { Name = form.Name, Slug = form.Slug! };

    protected override void Apply(IndicatorForm form, Indicator entity)
    {
        entity.Name = Clean(form.Name);
        entity.Slug = form.Slug!;
        entity.Group = form.Group;
        entity.Unit = Clean(form.Unit);
        entity.Description = Clean(form.Description);
        entity.IsKeyFigure = form.IsKeyFigure;
        entity.SortOrder = form.SortOrder;
    }

    protected override IQueryable<Indicator> ForEditing(IQueryable<Indicator> entities) => entities.Include(i => i.Observations);

    protected override Task<IndicatorEditPage> PageAsync(Indicator? entity, IndicatorForm form, CancellationToken cancellationToken)
    {
        var observations = entity is null
            ? []
            : entity.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year).Select(o => ToRow(o, entity.Unit)).ToList();

        return Task.FromResult(new IndicatorEditPage(entity?.Id, form)
        {
            Name = entity?.Name ?? "",
            IsArchived = entity?.IsArchived ?? false,
            PublicUrl = entity is null ? null : urls.Indicator(entity.Slug),
            Observations = observations,
            NewObservation = new ObservationForm { SortOrder = observations.Count == 0 ? 1 : observations.Max(o => o.Form.SortOrder) + 1 },
        });
    }

    /// <summary>The indicator, with the observation when it belongs to that indicator.</summary>
    private async Task<(Indicator? Indicator, Observation? Observation)> FindObservationAsync(
        int id, int observationId, CancellationToken cancellationToken)
    {
        var indicator = await FindAsync(id, cancellationToken);
        return (indicator, indicator?.Observations.FirstOrDefault(o => o.Id == observationId));
    }

    private static ObservationRow ToRow(Observation observation, string unit) =>
        new(
            ToForm(observation),
            VietnameseFormat.Period(observation) is { Length: > 0 } period ? period : ContentText.Observation_NoYear,
            VietnameseFormat.Observation(observation, unit));

    private static ObservationForm ToForm(Observation observation) => new()
    {
        Id = observation.Id,
        StartYear = observation.StartYear,
        Year = observation.Year,
        Value = observation.Value,
        OutOf = observation.OutOf,
        Qualifier = observation.Qualifier,
        Note = observation.Note,
        Source = observation.Source,
        SortOrder = observation.SortOrder,
    };

    private static void Apply(ObservationForm form, Observation observation)
    {
        observation.StartYear = form.StartYear;
        observation.Year = form.Year;
        observation.Value = form.Value ?? 0;
        observation.OutOf = form.OutOf;
        observation.Qualifier = form.Qualifier;
        observation.Note = Clean(form.Note);
        observation.Source = Clean(form.Source);
        observation.SortOrder = form.SortOrder;
    }

    /// <summary>A period needs its last year, and starts before it.</summary>
    private static void CheckPeriod(ObservationForm form, FormState state)
    {
        if (form.StartYear is not { } from || state.HasError(nameof(form.StartYear)) || state.HasError(nameof(form.Year)))
        {
            return;
        }

        if (form.Year is not { } to)
        {
            state.AddError(nameof(form.Year), ContentText.Observation_Year_RequiredForPeriod);
        }
        else if (from >= to)
        {
            state.AddError(nameof(form.StartYear), ContentText.Observation_StartYear_BeforeYear);
        }
    }

    private static string Describe(Observation observation, Indicator indicator) =>
        (VietnameseFormat.Period(observation) is { Length: > 0 } period ? period + " " : "")
        + Format(ContentText.Observation_OfIndicator, indicator.Name);
}
