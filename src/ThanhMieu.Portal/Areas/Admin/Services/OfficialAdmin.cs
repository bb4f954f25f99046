using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>A body's people, added, edited and removed from the body's edit screen.</summary>
public sealed partial class OfficialAdmin(PortalDbContext db, OrganisationAdmin organisations)
    : ChildRowsAdmin<Organisation, Official, OfficialForm, OrganisationEditPage, OfficialDeletePage>(db, organisations)
{
    private static readonly EmailAddressAttribute EmailRule = new();

    protected override string Anchor => OrganisationEditPage.OfficialsAnchor;

    protected override ChildRowTexts Texts => new(
        OrganisationText.Official_Added,
        OrganisationText.Official_Saved,
        OrganisationText.Official_Removed,
        OrganisationText.Official_Gone,
        OrganisationText.Official_DeleteQuestion);

    /// <summary>A saved person as the edit screen and the delete page show them.</summary>
    public static OfficialForm ToRow(Official official)
    {
        var form = ToForm(official);
        form.Id = official.Id;
        return form;
    }

    protected override ICollection<Official> RowsOf(Organisation parent) => parent.Officials;

    protected override int IdOf(Official row) => row.Id;

    /// <summary>A photo comes from the media library and is described for those who cannot see it; contacts are well formed.</summary>
    protected override void Validate(OfficialForm form, FormState state)
    {
        var photo = form.PhotoPath?.Trim();
        if (!string.IsNullOrEmpty(photo) && !state.HasError(nameof(form.PhotoPath)))
        {
            if (!ArticleForm.IsMediaPath(photo))
            {
                state.AddError(nameof(form.PhotoPath), OrganisationText.Official_PhotoPath_NotMedia);
            }

            if (string.IsNullOrWhiteSpace(form.PhotoAlt))
            {
                state.AddError(nameof(form.PhotoAlt), OrganisationText.Official_PhotoAlt_Required);
            }
        }

        if (form.Email?.Trim() is { Length: > 0 } email && !state.HasError(nameof(form.Email)) && !EmailRule.IsValid(email))
        {
            state.AddError(nameof(form.Email), OrganisationText.Official_Email_Malformed);
        }

        if (form.Phone?.Trim() is { Length: > 0 } phone && !state.HasError(nameof(form.Phone)) && !PhoneNumber().IsMatch(phone))
        {
            state.AddError(nameof(form.Phone), OrganisationText.Official_Phone_Malformed);
        }
    }

    protected override void Apply(OfficialForm form, Official row)
    {
        base.Apply(form, row);
        row.PhotoAlt = row.PhotoPath is null ? null : row.PhotoAlt;
    }

    protected override object?[] Describe(Official row, Organisation parent) => [row.Name, parent.Name];

    protected override OfficialDeletePage DeletePage(Organisation parent, Official row, string question) =>
        new(parent.Id, parent.Name, question, ToRow(row));

    [GeneratedRegex(@"^\+?[0-9][0-9 .()-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
