using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Controllers;

[Route("tin-tuc")]
public sealed class NewsController(PublicContent content) : Controller
{
    public const string PageParameter = "trang";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = PageParameter)] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var model = await content.GetNewsPageAsync(page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var article = await content.GetArticleAsync(slug, cancellationToken);
        return article is null ? NotFound() : View(article);
    }
}
