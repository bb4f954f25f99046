namespace ThanhMieu.Portal.Controllers;

[Route("di-san")]
public sealed class HeritageController(PublicContent content) : Controller
{
    [HttpGet("", Name = RouteNames.Heritage)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetHeritageAsync(cancellationToken));

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
}
