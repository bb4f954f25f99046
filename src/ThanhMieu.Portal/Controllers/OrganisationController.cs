namespace ThanhMieu.Portal.Controllers;

public sealed class OrganisationController(PublicContent content) : Controller
{
    [HttpGet("gioi-thieu/to-chuc", Name = RouteNames.Organisation)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetOrganisationAsync(cancellationToken));

    /// <summary>The same page in English: each body's and position's English name where staff gave one.</summary>
    [HttpGet("en/organisation", Name = RouteNames.EnglishOrganisation)]
    public async Task<IActionResult> English(CancellationToken cancellationToken) =>
        View(nameof(Index), await content.GetOrganisationAsync(cancellationToken));
}
