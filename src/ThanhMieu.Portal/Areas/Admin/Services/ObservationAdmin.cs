namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>An indicator's observations, added, edited and deleted from the indicator's edit screen.</summary>
public sealed class ObservationAdmin(PortalDbContext db, IndicatorAdmin indicators)
    : ChildRowsAdmin<Indicator, Observation, ObservationForm, IndicatorEditPage, ObservationDeletePage>(db, indicators)
{
    protected override string Anchor => IndicatorEditPage.ObservationsAnchor;

    protected override ChildRowTexts Texts => new(
        ContentText.Observation_Added,
        ContentText.Observation_Saved,
        ContentText.Observation_Removed,
        ContentText.Observation_Gone,
        ContentText.Observation_DeleteQuestion);

    /// <summary>An observation as the edit screen and the delete page show it.</summary>
    public static ObservationRow ToRow(Observation observation, string unit) =>
        new(
            ToForm(observation),
            VietnameseFormat.Period(observation) is { Length: > 0 } period ? period : ContentText.Observation_NoYear,
            VietnameseFormat.Observation(observation, unit));

    protected override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices { get; } =
        new Dictionary<string, IReadOnlyList<SelectListItem>> { [nameof(ObservationForm.Qualifier)] = IndicatorEditPage.Qualifiers() };

    protected override ICollection<Observation> RowsOf(Indicator parent) => parent.Observations;

    protected override int IdOf(Observation row) => row.Id;

    /// <summary>A period needs its last year, and starts before it.</summary>
    protected override void Validate(ObservationForm form, FormState state)
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

    protected override object?[] Describe(Observation row, Indicator parent) =>
        [(VietnameseFormat.Period(row) is { Length: > 0 } period ? period + " " : "")
            + VietnameseFormat.Text(ContentText.Observation_OfIndicator, parent.Name)];

    protected override ObservationDeletePage DeletePage(Indicator parent, Observation row, string question) =>
        new(parent.Id, parent.Name, question, ToRow(row, parent.Unit));
}
