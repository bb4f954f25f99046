using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

public sealed class HomeController(PublicContent content, SiteSettingsCache settings) : Controller
{
    [HttpGet("", Name = RouteNames.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetHomeAsync(cancellationToken) with { Office = ContactDetails.For(await settings.GetAsync(cancellationToken)).Footer });

    [HttpGet("gioi-thieu", Name = RouteNames.About)]
    public async Task<IActionResult> About(CancellationToken cancellationToken) =>
        View(await content.GetAboutAsync(cancellationToken));

    /// <summary>The ward's introduction in English, the first of the English pages.</summary>
    [HttpGet("en", Name = RouteNames.EnglishAbout)]
    public async Task<IActionResult> EnglishAbout(CancellationToken cancellationToken) =>
        View(await content.GetAboutAsync(cancellationToken));
}
