namespace ThanhMieu.Portal.Controllers;

public sealed class CongressController(PublicContent content) : Controller
{
    [HttpGet("dai-hoi", Name = RouteNames.Congress)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = await content.GetCongressReportAsync(cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("thanh-tuu", Name = RouteNames.Achievements)]
    public async Task<IActionResult> Achievements(CancellationToken cancellationToken) =>
        View(await content.GetAchievementsAsync(cancellationToken));

    [HttpGet("thanh-tuu/{slug}", Name = RouteNames.Indicator)]
    public async Task<IActionResult> Indicator(string slug, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var indicator = await content.GetIndicatorAsync(slug, cancellationToken);
        return indicator is null ? NotFound() : View(indicator);
    }

    [HttpGet("muc-tieu", Name = RouteNames.Targets)]
    public async Task<IActionResult> Targets(CancellationToken cancellationToken) =>
        View(await content.GetTargetsAsync(cancellationToken));

    [HttpGet("muc-tieu/{slug}", Name = RouteNames.Target)]
    public async Task<IActionResult> Target(string slug, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var target = await content.GetTargetAsync(slug, cancellationToken);
        return target is null ? NotFound() : View(target);
    }
}
