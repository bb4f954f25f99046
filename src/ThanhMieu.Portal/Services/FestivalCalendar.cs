namespace ThanhMieu.Portal.Services;

/// <summary>
/// One lunar date of a festival in one lunar year, with its solar days; <see cref="Start"/> is null when that year has
/// no such day (a leap month the year has not, or a 30th in a month of 29 days).
/// </summary>
public sealed record FestivalOccurrence(Festival Festival, FestivalDate Date, int LunarYear, DateOnly? Start, DateOnly? End)
{
    /// <summary>The day after the last one, as iCalendar wants an all-day event's end.</summary>
    public DateOnly? EndExclusive => End?.AddDays(1);
}

/// <summary>A shown festival with its dates' occurrences in this lunar year and the next, in the dates' order.</summary>
public sealed record FestivalSchedule(Festival Festival, IReadOnlyList<FestivalOccurrence> Occurrences);

/// <summary>What /di-san/lich-le-hoi shows: every dated occurrence of the two years in solar order, then the rest.</summary>
public sealed record FestivalCalendarViewModel(
    IReadOnlyList<int> Years,
    IReadOnlyList<FestivalOccurrence> Dated,
    IReadOnlyList<FestivalOccurrence> WithoutDay,
    IReadOnlyList<Festival> Undated);

/// <summary>
/// The festivals' solar dates, computed from their lunar dates (<see cref="FestivalDate"/>) with the Vietnamese lunar
/// calendar for the lunar year of today (in Vietnam, UTC+7, from the injected clock) and the next. Only festivals shown
/// to the public count: neither the festival nor its site archived.
/// </summary>
public sealed class FestivalCalendar(PortalDbContext db, TimeProvider time)
{
    /// <summary>This year and the next, as Vietnam's clock tells the year.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var year = VietnameseFormat.ToVietnamTime(time.GetUtcNow().UtcDateTime).Year;
            return [year, year + 1];
        }
    }

    /// <summary>
    /// Every shown festival with its dates and site, and their occurrences in <see cref="Years"/>: for the public pages,
    /// the calendar feed and the API.
    /// </summary>
    public async Task<IReadOnlyList<FestivalSchedule>> GetSchedulesAsync(CancellationToken cancellationToken)
    {
        var festivals = await db.Festivals.AsNoTracking()
            .Where(f => !f.IsArchived && (f.HeritageSite == null || !f.HeritageSite.IsArchived))
            .Include(f => f.HeritageSite)
            .Include(f => f.Dates)
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return festivals.Select(f => new FestivalSchedule(f, OccurrencesOf(f))).ToList();
    }

    /// <summary>One shown festival's schedule by its slug; null when there is none or it is not shown.</summary>
    public async Task<FestivalSchedule?> GetScheduleAsync(string slug, CancellationToken cancellationToken) =>
        (await GetSchedulesAsync(cancellationToken)).FirstOrDefault(s => s.Festival.Slug == slug);

    public async Task<FestivalCalendarViewModel> GetCalendarAsync(CancellationToken cancellationToken)
    {
        var schedules = await GetSchedulesAsync(cancellationToken);
        var occurrences = schedules.SelectMany(s => s.Occurrences).ToList();
        return new FestivalCalendarViewModel(
            Years,
            occurrences.Where(o => o.Start is not null).OrderBy(o => o.Start).ThenBy(o => o.Festival.SortOrder).ThenBy(o => o.Date.SortOrder).ToList(),
            occurrences.Where(o => o.Start is null).ToList(),
            schedules.Where(s => s.Festival.Dates.Count == 0).Select(s => s.Festival).ToList());
    }

    /// <summary>A festival's dates (loaded with it) in <see cref="Years"/>, date by date in their order.</summary>
    public IReadOnlyList<FestivalOccurrence> OccurrencesOf(Festival festival) =>
        festival.Dates.OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .SelectMany(d => Years.Select(year => Occurrence(festival, d, year)))
            .ToList();

    /// <summary>A lunar date in a lunar year; no solar day when that year has no such lunar day.</summary>
    public static FestivalOccurrence Occurrence(Festival festival, FestivalDate date, int lunarYear)
    {
        var (start, end) = SolarDays(date.Day, date.EndDay, date.Month, date.IsLeapMonth, lunarYear);
        return new(festival, date, lunarYear, start, end);
    }

    /// <summary>
    /// The solar first and last days of a lunar date (day, or day to end day, of a month) in a lunar year; both null
    /// when that year has no such day.
    /// </summary>
    public static (DateOnly? Start, DateOnly? End) SolarDays(int day, int? endDay, int month, bool isLeapMonth, int lunarYear)
    {
        var start = SolarDay(day, month, lunarYear, isLeapMonth);
        var end = endDay is { } last && start is not null ? SolarDay(last, month, lunarYear, isLeapMonth) : start;
        return end is null ? (null, null) : (start, end);
    }

    // The calendar counts a day 30 into the next month when the month has 29; such a day does not exist.
    private static DateOnly? SolarDay(int day, int month, int year, bool isLeap)
    {
        var lunar = new LunarDate(day, month, year, isLeap);
        return VietnameseLunarCalendar.ToSolar(lunar) is { } solar && VietnameseLunarCalendar.ToLunar(solar) == lunar ? solar : null;
    }
}
