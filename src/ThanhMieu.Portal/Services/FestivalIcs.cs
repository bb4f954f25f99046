using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// The festivals' iCalendar files (RFC 5545, written by Ical.Net): one all-day event per dated occurrence of
/// <see cref="FestivalCalendar"/> (DTSTART;VALUE=DATE, DTEND the day after the last), with a UID that stays the same
/// from one download to the next (festival slug, date row, lunar year, at the public host) so a calendar that
/// subscribed updates its events instead of doubling them.
/// </summary>
public static class FestivalIcs
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string ProductId = "-//Phuong Thanh Mieu//Lich le hoi//VI";

    /// <summary>The calendar of the given festivals' dated occurrences, serialised.</summary>
    public static string Write(IEnumerable<FestivalSchedule> schedules, string origin, PublicUrls urls, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", SiteText.Ics_CalendarName);
        var host = new Uri(origin).Host;
        foreach (var occurrence in schedules.SelectMany(s => s.Occurrences))
        {
            if (occurrence is not { Start: { } start, EndExclusive: { } end })
            {
                continue;
            }

            calendar.Events.Add(Event(occurrence, start, end, origin, host, urls, nowUtc));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>A stable identifier: the same festival, date row and year always give the same UID.</summary>
    public static string Uid(FestivalOccurrence occurrence, string host) =>
        string.Create(CultureInfo.InvariantCulture, $"{occurrence.Festival.Slug}-{occurrence.Date.Id}-{occurrence.LunarYear}@{host}");

    private static CalendarEvent Event(FestivalOccurrence occurrence, DateOnly start, DateOnly end, string origin, string host, PublicUrls urls, DateTime nowUtc)
    {
        var festival = occurrence.Festival;
        var date = occurrence.Date;
        var path = festival.HeritageSite is { } site ? urls.HeritageSite(site.Slug, festival.Slug) : urls.Heritage(festival.Slug);
        var note = string.IsNullOrWhiteSpace(date.Note) ? "" : VietnameseFormat.Text(SiteText.Ics_Note, date.Note);
        var source = date.Source.Length > 0 ? date.Source : festival.Sources.Replace('\n', ';');
        return new CalendarEvent
        {
            Uid = Uid(occurrence, host),
            Summary = festival.Name,
            Location = festival.HeritageSite?.Name,
            Description = VietnameseFormat.Text(SiteText.Ics_Description, VietnameseFormat.LunarDay(date), occurrence.LunarYear, note, source),
            Url = new Uri(origin + path),
            DtStart = new CalDateTime(start.Year, start.Month, start.Day),
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
            DtStamp = new CalDateTime(nowUtc, CalDateTime.UtcTzId),
            Transparency = TransparencyType.Transparent,
        };
    }
}
