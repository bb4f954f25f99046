using System.Net;
using System.Text.Json;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The festival calendar as residents and programs get it, on a clock fixed in December 2026 (so "this year and next"
/// are the lunar years 2026 and 2027): the page in solar order, the iCalendar files and the API's solar dates.
/// </summary>
public sealed class FestivalCalendarTests : IDisposable
{
    private readonly PortalFactory _portal = new();
    private readonly WebApplicationFactory<Program> _factory;

    public FestivalCalendarTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero));
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public void Dispose() => _portal.Dispose();

    /// <summary>Every dated occurrence the app computes, as (festival slug, first day, last day).</summary>
    private async Task<List<(string Slug, DateOnly Start, DateOnly End)>> DatedOccurrencesAsync(string? slug = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var schedules = await scope.ServiceProvider.GetRequiredService<FestivalCalendar>().GetSchedulesAsync(CancellationToken.None);
        return schedules
            .Where(s => slug is null || s.Festival.Slug == slug)
            .SelectMany(s => s.Occurrences)
            .Where(o => o.Start is not null)
            .Select(o => (o.Festival.Slug, o.Start!.Value, o.End!.Value))
            .ToList();
    }

    private static List<(string Summary, DateOnly Start, DateOnly EndExclusive)> Events(Calendar calendar) =>
        calendar.Events
            .Select(e => (e.Summary!, DateOnly.FromDateTime(e.DtStart!.Value), DateOnly.FromDateTime(e.DtEnd!.Value)))
            .OrderBy(e => e.Item2).ThenBy(e => e.Item1, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task CalendarFile_ParsesWithIcalNet_AndHoldsEveryDatedOccurrenceOfBothYears()
    {
        var response = await _factory.CreateClient().GetAsync("/di-san/lich-le-hoi.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);

        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var expected = await DatedOccurrencesAsync();
        var names = await _portal.WithDbAsync(db => Task.FromResult(db.Festivals.ToDictionary(f => f.Slug, f => f.Name)));

        Assert.True(expected.Count >= 10, $"{expected.Count} dated occurrences");
        Assert.Equal(
            expected.Select(o => (names[o.Slug], o.Start, o.End.AddDays(1))).OrderBy(e => e.Item2).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList(),
            Events(calendar));
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(calendar.Events, e => Assert.True(e.DtStart!.IsFloating || !e.DtStart.HasTime, "an all-day event"));

        // Lunar 3–5/1 is 19–21 February 2026 and 8–10 February 2027 (Tết: 17 February 2026, 6 February 2027);
        // lunar 10/1 is 26 February 2026 and 15 February 2027.
        var events = Events(calendar);
        Assert.Contains(("Lễ hội đền Tam Giang", new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 22)), events);
        Assert.Contains(("Lễ hội đền Tam Giang", new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 11)), events);
        Assert.Contains(events, e => e.Start == new DateOnly(2026, 2, 26) && e.Summary.Contains("giã bánh dày", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(events, e => e.Start == new DateOnly(2027, 2, 15) && e.Summary.Contains("giã bánh dày", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task EachDatedFestival_HasItsOwnCalendarFile_LinkedFromItsPage()
    {
        var client = _factory.CreateClient();
        var slugs = (await DatedOccurrencesAsync()).Select(o => o.Slug).Distinct().ToList();
        var sitePages = (await client.GetDocumentAsync("/di-san")).QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")!).Append("/di-san").ToList();
        var linked = new HashSet<string>();
        foreach (var page in sitePages)
        {
            linked.UnionWith((await client.GetDocumentAsync(page)).QuerySelectorAll("a[type='text/calendar']").Select(a => a.GetAttribute("href")!));
        }

        foreach (var slug in slugs)
        {
            var calendar = Calendar.Load(await client.GetStringAsync($"/di-san/le-hoi/{slug}.ics"))!;
            Assert.Equal((await DatedOccurrencesAsync(slug)).Count, calendar.Events.Count);
        }

        Assert.Subset(linked, slugs.Select(s => $"/di-san/le-hoi/{s}.ics").ToHashSet());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/di-san/le-hoi/khong-co-le-hoi-nay.ics")).StatusCode);
    }

    [Fact]
    public async Task CalendarPage_ListsEveryDatedOccurrenceInSolarOrder_AndLinksTheFile()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/di-san/lich-le-hoi");

        var days = page.QuerySelectorAll("ol.festival-calendar time").Select(t => DateOnly.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal((await DatedOccurrencesAsync()).Select(o => o.Start).Order().ToList(), days);
        Assert.Equal(days.Order().ToList(), days);
        Assert.Equal(["nam-2026", "nam-2027"], page.QuerySelectorAll("section h2[id^='nam-']").Select(h => h.Id!).Take(2).ToList());
        Assert.NotNull(page.QuerySelector("a[href='/di-san/lich-le-hoi.ics'][type='text/calendar']"));
    }

    [Fact]
    public async Task Api_GivesEachFestivalDateWithItsSolarDaysOfBothYears()
    {
        using var json = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/v1/heritage-sites/den-tam-giang"));

        var festival = json.RootElement.GetProperty("festivals").EnumerateArray().Single(f => f.GetProperty("slug").GetString() == "le-hoi-den-tam-giang");
        var first = festival.GetProperty("dates")[0];
        Assert.Equal(3, first.GetProperty("day").GetInt32());
        Assert.Equal(5, first.GetProperty("endDay").GetInt32());
        Assert.Equal(1, first.GetProperty("month").GetInt32());
        Assert.False(first.GetProperty("isLeapMonth").GetBoolean());
        Assert.Equal("Báo Phú Thọ", first.GetProperty("source").GetString());
        var solar = first.GetProperty("solarDates").EnumerateArray()
            .Select(s => (s.GetProperty("lunarYear").GetInt32(), s.GetProperty("start").GetString(), s.GetProperty("end").GetString()))
            .ToList();
        Assert.Equal([(2026, "2026-02-19", "2026-02-21"), (2027, "2027-02-08", "2027-02-10")], solar);

        var apiDays = festival.GetProperty("dates").EnumerateArray()
            .SelectMany(d => d.GetProperty("solarDates").EnumerateArray())
            .Where(s => s.GetProperty("start").ValueKind == JsonValueKind.String)
            .Select(s => DateOnly.Parse(s.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToList();
        Assert.Equal((await DatedOccurrencesAsync("le-hoi-den-tam-giang")).Select(o => o.Start).Order().ToList(), apiDays);
    }
}
