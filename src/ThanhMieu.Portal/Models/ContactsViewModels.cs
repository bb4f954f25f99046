namespace ThanhMieu.Portal.Models;

/// <summary>One line of contact details: a phone number's or email's link, or none.</summary>
public sealed record ContactLine(string Label, string Value, string? Href = null);

/// <summary>A group of contact lines under a heading; only the lines with a value.</summary>
public sealed record ContactSection(string Id, string Heading, IReadOnlyList<ContactLine> Lines);

/// <summary>
/// The site settings as pages show them: every empty value left out, so a section or line exists only when staff
/// filled it in.
/// </summary>
public sealed record ContactDetails(
    string? OfficialName,
    IReadOnlyList<ContactSection> Sections,
    IReadOnlyList<ContactLine> Footer,
    ContactSection? OneStopDesk,
    IReadOnlyList<ContactLine> Portals)
{
    public bool IsEmpty => OfficialName is null && Sections.Count == 0;

    public static ContactDetails For(SiteSettings s)
    {
        var office = Lines(
            (ContactsText.Line_Address, s.OfficeAddress, null),
            (ContactsText.Line_Phone, s.Phone, ContactLinks.Tel),
            (ContactsText.Line_Hotline, s.Hotline, ContactLinks.Tel),
            (ContactsText.Line_Email, s.Email, ContactLinks.Mailto),
            (ContactsText.Line_WorkingHours, s.WorkingHours, null));
        var desk = Section("mot-cua", ContactsText.Section_OneStopDesk, Lines(
            (ContactsText.Line_DeskPlace, s.OneStopDeskPlace, null),
            (ContactsText.Line_DeskHours, s.OneStopDeskHours, null)));
        var portals = Lines(
            (ContactsText.Line_NationalPortal, s.NationalPortalUrl, url => url),
            (ContactsText.Line_ProvincialPortal, s.ProvincialPortalUrl, url => url));
        var sections = new[]
        {
            Section("tru-so", ContactsText.Section_Office, office),
            Section("tiep-cong-dan", ContactsText.Section_Reception, Lines((ContactsText.Line_Reception, s.ReceptionSchedule, null))),
            desk,
            Section("dich-vu-cong", ContactsText.Section_Portals, portals),
            Section("cong-thong-tin", ContactsText.Section_Portal, Lines(
                (ContactsText.Line_ManagingAgency, s.ManagingAgency, null),
                (ContactsText.Line_ResponsiblePerson, s.ResponsiblePerson, null))),
        };
        var footer = Lines(
            (ContactsText.Line_Address, s.OfficeAddress, null),
            (ContactsText.Line_Phone, s.Phone, ContactLinks.Tel),
            (ContactsText.Line_WorkingHours, s.WorkingHours, null));
        return new(Value(s.OfficialName), sections.OfType<ContactSection>().ToList(), footer, desk, portals);
    }

    public static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The lines that have a value, each with its link if it has one.</summary>
    public static List<ContactLine> Lines(params (string Label, string? Value, Func<string, string>? Link)[] lines) =>
        lines.Where(l => Value(l.Value) is not null)
            .Select(l => new ContactLine(l.Label, Value(l.Value)!, l.Link?.Invoke(Value(l.Value)!)))
            .ToList();

    private static ContactSection? Section(string id, string heading, List<ContactLine> lines) =>
        lines.Count == 0 ? null : new ContactSection(id, heading, lines);
}

/// <summary>A procedure as its page shows it: its field and where to apply as lines, empty ones left out.</summary>
public sealed record ProcedureItem(string Slug, string Name, IReadOnlyList<ContactLine> Lines, string? Note, string? PortalUrl)
{
    public static ProcedureItem Of(Procedure p) =>
        new(p.Slug, p.Name,
            ContactDetails.Lines((ContactsText.Procedure_Field, p.Field, null), (ContactsText.Procedure_WhereToApply, p.WhereToApply, null)),
            ContactDetails.Value(p.Note), ContactDetails.Value(p.PortalUrl));
}

/// <summary>/thu-tuc-hanh-chinh: the desk and portals, the procedures found, and whether staff listed any at all.</summary>
public sealed record ProceduresViewModel(ContactDetails Contacts, IReadOnlyList<ProcedureItem> Procedures, string Query, bool IsSearch, bool AnyListed);
