namespace ThanhMieu.Portal.Controllers;

[Route("tin-tuc")]
public sealed class NewsController(PublicContent content) : Controller
{
    public const string PageParameter = "trang";

    /// <summary>Route values for a page of the list: the first page is plain /tin-tuc, later ones add ?trang=.</summary>
    public static RouteValueDictionary PageRouteValues(int page) =>
        page > 1 ? new RouteValueDictionary { [PageParameter] = page } : [];

    [HttpGet("", Name = RouteNames.News)]
    public async Task<IActionResult> Index([FromQuery(Name = PageParameter)] int page = 1, CancellationToken cancellationToken = default)
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
