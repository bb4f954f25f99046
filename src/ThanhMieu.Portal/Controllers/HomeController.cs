using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Controllers;

public sealed class HomeController(PublicContent content) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await content.GetHomeAsync(cancellationToken));

    [HttpGet("gioi-thieu")]
    public async Task<IActionResult> About(CancellationToken cancellationToken) =>
        View(await content.GetAboutAsync(cancellationToken));
}
