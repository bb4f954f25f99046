namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>A target's dated progress updates, added, corrected and deleted from the target's edit screen.</summary>
public sealed class ProgressUpdateAdmin(PortalDbContext db, TargetAdmin targets)
    : ChildRowsAdmin<Target, ProgressUpdate, ProgressUpdateForm, TargetEditPage, ProgressDeletePage>(db, targets)
{
    protected override string Anchor => TargetEditPage.UpdatesAnchor;

    protected override ChildRowTexts Texts => new(
        ContentText.Progress_Added,
        ContentText.Progress_Saved,
        ContentText.Progress_Removed,
        ContentText.Progress_Gone,
        ContentText.Progress_DeleteQuestion);

    /// <summary>An update as the edit screen and the delete page show it.</summary>
    public static ProgressRow ToRow(ProgressUpdate update, string? unit) =>
        new(ToForm(update), update.Date, update.Value is { } value ? VietnameseFormat.WithUnit(value, unit ?? "") : null, update.Note, update.Source);

    protected override ICollection<ProgressUpdate> RowsOf(Target parent) => parent.ProgressUpdates;

    protected override int IdOf(ProgressUpdate row) => row.Id;

    protected override void Validate(ProgressUpdateForm form, FormState state)
    {
        if (form.Value is null && string.IsNullOrWhiteSpace(form.Note) && !state.HasError(nameof(form.Note)))
        {
            state.AddError(nameof(form.Note), ContentText.Progress_ValueOrNote_Required);
        }
    }

    protected override object?[] Describe(ProgressUpdate row, Target parent) => [VietnameseFormat.Date(row.Date), parent.Title];

    protected override ProgressDeletePage DeletePage(Target parent, ProgressUpdate row, string question) =>
        new(parent.Id, parent.Title, question, ToRow(row, parent.Unit));
}
