namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// A festival's lunar dates, added, edited and deleted on the festival's edit screen: each date as one source gives it,
/// so sources that disagree are separate rows (ADR 0010).
/// </summary>
public sealed class FestivalDateAdmin(PortalDbContext db, FestivalAdmin festivals)
    : ChildRowsAdmin<Festival, FestivalDate, FestivalDateForm, FestivalEditPage, FestivalDateDeletePage>(db, festivals)
{
    protected override string Anchor => FestivalEditPage.DatesAnchor;

    protected override ChildRowTexts Texts => new(
        ContentText.FestivalDate_Added,
        ContentText.FestivalDate_Saved,
        ContentText.FestivalDate_Removed,
        ContentText.FestivalDate_Gone,
        ContentText.FestivalDate_DeleteQuestion);

    /// <summary>A saved date as the edit screen and the delete page show it.</summary>
    public static FestivalDateForm ToRow(FestivalDate date)
    {
        var form = ToForm(date);
        form.Id = date.Id;
        return form;
    }

    protected override ICollection<FestivalDate> RowsOf(Festival parent) => parent.Dates;

    protected override int IdOf(FestivalDate row) => row.Id;

    /// <summary>A run of days ends after it starts, in the same month (the form's ranges keep each number in bounds).</summary>
    protected override void Validate(FestivalDateForm form, FormState state)
    {
        if (form is { Day: { } day, EndDay: { } end } && !state.HasError(nameof(form.Day)) && !state.HasError(nameof(form.EndDay)) && end <= day)
        {
            state.AddError(nameof(form.EndDay), ContentText.FestivalDate_EndDay_AfterDay);
        }
    }

    protected override void Apply(FestivalDateForm form, FestivalDate row)
    {
        base.Apply(form, row);
        row.Source = form.Source?.Trim() ?? "";
    }

    protected override object?[] Describe(FestivalDate row, Festival parent) => [VietnameseFormat.LunarDay(row), parent.Name];

    protected override FestivalDateDeletePage DeletePage(Festival parent, FestivalDate row, string question) =>
        new(parent.Id, parent.Name, question, ToRow(row));
}
