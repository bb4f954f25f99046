namespace ThanhMieu.Portal.Controllers;

public sealed class OrganisationController(PublicContent content) : Controller
{
    [HttpGet("gioi-thieu/to-chuc", Name = RouteNames.Organisation)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetOrganisationAsync(cancellationToken));
}
