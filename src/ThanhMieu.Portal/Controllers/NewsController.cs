namespace ThanhMieu.Portal.Controllers;

[Route("tin-tuc")]
public sealed class NewsController(PublicContent content) : Controller
{
    [HttpGet("", Name = RouteNames.News)]
    public async Task<IActionResult> Index([FromQuery(Name = PublicPaging.PageParameter)] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var model = await content.GetNewsPageAsync(page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{slug}", Name = RouteNames.Article)]
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
