using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

public sealed class SearchController(SiteSearch search) : Controller
{
    [HttpGet("tim-kiem", Name = RouteNames.Search)]
    [EnableRateLimiting(RateLimitPolicies.General)]
    public async Task<IActionResult> Index(
        [FromQuery] string? q,
        [FromQuery(Name = PublicPaging.PageParameter)] int page = 1,
        CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (q is { Length: > SiteSearch.MaxQueryLength })
        {
            // The page itself says what was wrong, with the box to try again; the status tells machines.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SearchViewModel("", [], 1, 1, 0) { Error = VietnameseFormat.Text(SearchText.Search_TooLong, SiteSearch.MaxQueryLength) });
        }

        var model = await search.SearchAsync(q, page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
