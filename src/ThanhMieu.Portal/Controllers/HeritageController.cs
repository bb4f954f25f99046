using ThanhMieu.Portal.Services.Discovery;

namespace ThanhMieu.Portal.Controllers;

[Route("di-san")]
public sealed class HeritageController(PublicContent content, FestivalCalendar calendar, PublicUrls urls, TimeProvider time) : Controller
{
    [HttpGet("", Name = RouteNames.Heritage)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetHeritageAsync(cancellationToken));

    /// <summary>Every dated festival of this year and the next in solar order, then the festivals without a date.</summary>
    [HttpGet("lich-le-hoi", Name = RouteNames.FestivalCalendar)]
    public async Task<IActionResult> Calendar(CancellationToken cancellationToken) =>
        View(await calendar.GetCalendarAsync(cancellationToken));

    [HttpGet("lich-le-hoi.ics", Name = RouteNames.FestivalCalendarIcs)]
    public async Task<IActionResult> CalendarIcs(CancellationToken cancellationToken) =>
        Ics(await calendar.GetSchedulesAsync(cancellationToken));

    [HttpGet("le-hoi/{slug}.ics", Name = RouteNames.FestivalIcs)]
    public async Task<IActionResult> FestivalIcs(string slug, CancellationToken cancellationToken) =>
        Slugifier.IsWellFormed(slug) && await calendar.GetScheduleAsync(slug, cancellationToken) is { } schedule
            ? Ics([schedule])
            : NotFound();

    [HttpGet("{slug}", Name = RouteNames.HeritageSite)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var site = await content.GetHeritageSiteAsync(slug, cancellationToken);
        return site is null ? NotFound() : View(site);
    }

    private FileContentResult Ics(IEnumerable<FestivalSchedule> schedules) =>
        File(
            System.Text.Encoding.UTF8.GetBytes(Services.FestivalIcs.Write(schedules, SiteOrigin.Of(HttpContext), urls, time.GetUtcNow().UtcDateTime)),
            Services.FestivalIcs.ContentType);
}
