namespace ThanhMieu.Portal.Domain;

/// <summary>
/// The ward's contact details and public-service links, shown on /lien-he, /thu-tuc-hanh-chinh and in every page's
/// footer. One row at most (slug <see cref="TheSlug"/>); no row yet means every value is empty. Every value is optional:
/// a page leaves out what is empty.
/// </summary>
public class SiteSettings : ContentItem
{
    public const string TheSlug = "cai-dat";

    public string? OfficialName { get; set; }

    public string? OfficeAddress { get; set; }

    public string? Phone { get; set; }

    public string? Hotline { get; set; }

    public string? Email { get; set; }

    public string? WorkingHours { get; set; }

    /// <summary>When and where leaders receive citizens (lich tiep cong dan).</summary>
    public string? ReceptionSchedule { get; set; }

    /// <summary>Where the one-stop desk (bo phan mot cua) is.</summary>
    public string? OneStopDeskPlace { get; set; }

    public string? OneStopDeskHours { get; set; }

    public string? ManagingAgency { get; set; }

    /// <summary>The person responsible for the portal's content.</summary>
    public string? ResponsiblePerson { get; set; }

    /// <summary>The national public-service portal (an absolute https address).</summary>
    public string? NationalPortalUrl { get; set; }

    /// <summary>The province's public-service portal (an absolute https address).</summary>
    public string? ProvincialPortalUrl { get; set; }

    // The English pages' words where they differ from the Vietnamese (an address or hours in English); the numbers,
    // emails, names of people and links are the same in both languages.

    public string? OfficialNameEn { get; set; }

    public string? OfficeAddressEn { get; set; }

    public string? WorkingHoursEn { get; set; }

    public string? ReceptionScheduleEn { get; set; }

    public string? OneStopDeskPlaceEn { get; set; }

    public string? OneStopDeskHoursEn { get; set; }

    public string? ManagingAgencyEn { get; set; }

    /// <summary>Settings that have never been saved: every value empty.</summary>
    public static SiteSettings Empty() => new() { Slug = TheSlug };

    /// <summary>
    /// The settings as the English pages show them: each text with an English version takes it, the others keep the
    /// Vietnamese value (a phone number, or an address staff have not translated).
    /// </summary>
    public SiteSettings InEnglish()
    {
        var english = (SiteSettings)MemberwiseClone();
        english.OfficialName = Either(OfficialNameEn, OfficialName);
        english.OfficeAddress = Either(OfficeAddressEn, OfficeAddress);
        english.WorkingHours = Either(WorkingHoursEn, WorkingHours);
        english.ReceptionSchedule = Either(ReceptionScheduleEn, ReceptionSchedule);
        english.OneStopDeskPlace = Either(OneStopDeskPlaceEn, OneStopDeskPlace);
        english.OneStopDeskHours = Either(OneStopDeskHoursEn, OneStopDeskHours);
        english.ManagingAgency = Either(ManagingAgencyEn, ManagingAgency);
        return english;

        static string? Either(string? english, string? vietnamese) => string.IsNullOrWhiteSpace(english) ? vietnamese : english;
    }
}

/// <summary>An administrative procedure residents often ask for, listed on /thu-tuc-hanh-chinh with where to apply.</summary>
public class Procedure : ContentItem
{
    public required string Name { get; set; }

    /// <summary>The field it belongs to (linh vuc).</summary>
    public string? Field { get; set; }

    public string? WhereToApply { get; set; }

    /// <summary>The procedure on the national public-service portal (an absolute https address).</summary>
    public string? PortalUrl { get; set; }

    public string? Note { get; set; }

    public int SortOrder { get; set; }

    /// <summary>
    /// The name, field, place and note folded (no diacritics, lower case, words between spaces), kept at save so the
    /// public search matches "ho khau" typed with or without its marks by a LIKE on this column.
    /// </summary>
    public string SearchText { get; set; } = "";

    public static string Fold(params string?[] texts) =>
        " " + Slugifier.Fold(string.Join(' ', texts.Where(t => !string.IsNullOrWhiteSpace(t)))).Replace('-', ' ') + " ";
}
