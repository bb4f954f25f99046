namespace ThanhMieu.Portal.Areas.Admin.Models;

// The site settings (contacts, the one-stop desk, public-service portals) and the administrative procedures.

public sealed class SiteSettingsForm : ContentForm
{
    [StringLength(FieldLengths.Name)]
    public string? OfficialName { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OfficeAddress { get; set; }

    [StringLength(FieldLengths.Phone)]
    public string? Phone { get; set; }

    [StringLength(FieldLengths.Phone)]
    public string? Hotline { get; set; }

    [StringLength(FieldLengths.Email)]
    public string? Email { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? WorkingHours { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? ReceptionSchedule { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OneStopDeskPlace { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OneStopDeskHours { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? ManagingAgency { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? ResponsiblePerson { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? NationalPortalUrl { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? ProvincialPortalUrl { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? OfficialNameEn { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OfficeAddressEn { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? WorkingHoursEn { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? ReceptionScheduleEn { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OneStopDeskPlaceEn { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? OneStopDeskHoursEn { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? ManagingAgencyEn { get; set; }

    public override string SlugSource => SiteSettings.TheSlug;
}

public sealed class SiteSettingsEditPage(int? id, SiteSettingsForm form) : EditPage<SiteSettingsForm>(id, form);

public sealed record ProcedureRow(int Id, string Name, string? Field, bool IsArchived);

public sealed class ProcedureForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Name)]
    public string? Field { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? WhereToApply { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? PortalUrl { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? Note { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class ProcedureEditPage(int? id, ProcedureForm form) : EditPage<ProcedureForm>(id, form);
