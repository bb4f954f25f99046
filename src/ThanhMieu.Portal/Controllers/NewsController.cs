using ThanhMieu.Portal.Models;

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

    [HttpGet("chuyen-muc/{slug}", Name = RouteNames.Category)]
    public async Task<IActionResult> Category(string slug, [FromQuery(Name = PublicPaging.PageParameter)] int page = 1, CancellationToken cancellationToken = default)
    {
        // The announcements have a page of their own; one address for one list.
        if (slug == Domain.Category.AnnouncementsSlug && ModelState.IsValid)
        {
            return RedirectToRoutePermanent(RouteNames.Announcements, PublicPaging.RouteValues(page));
        }

        return await ListAsync(slug, page, content.GetCategoryPageAsync, cancellationToken);
    }

    [HttpGet("the/{slug}", Name = RouteNames.Tag)]
    public Task<IActionResult> Tag(string slug, [FromQuery(Name = PublicPaging.PageParameter)] int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(slug, page, content.GetTagPageAsync, cancellationToken);

    [HttpGet("/thong-bao", Name = RouteNames.Announcements)]
    public Task<IActionResult> Announcements([FromQuery(Name = PublicPaging.PageParameter)] int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(Domain.Category.AnnouncementsSlug, page, content.GetCategoryPageAsync, cancellationToken);

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

    /// <summary>A list of a category's or a tag's articles, on the news list's view; 404 for an unknown slug or page.</summary>
    private async Task<IActionResult> ListAsync(
        string slug, int page, Func<string, int, CancellationToken, Task<NewsListViewModel?>> load, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var model = await load(slug, page, cancellationToken);
        return model is null ? NotFound() : View(nameof(Index), model);
    }
}
