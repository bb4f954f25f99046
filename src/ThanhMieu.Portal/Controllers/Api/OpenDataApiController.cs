using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;
using ThanhMieu.Portal.Services.OpenData;

namespace ThanhMieu.Portal.Controllers.Api;

/// <summary>
/// The read-only open data API (/api/v1): lists of indicators, targets, heritage sites, published articles and the
/// documents register, paged, and each item by its slug. Only what the public site shows is ever answered. Every 200
/// carries a strong ETag and may be cached five minutes; any origin may read it (CORS); the general rate limit applies.
/// Errors are RFC 9457 problem details in Vietnamese.
/// </summary>
[Route("api/" + OpenDataApi.DocumentName)]
[ApiExplorerSettings(GroupName = OpenDataApi.DocumentName)]
[EnableCors(OpenDataApi.CorsPolicy)]
[EnableRateLimiting(RateLimitPolicies.General)]
[ETag(OpenDataServiceCollectionExtensions.CacheSeconds)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemContentType)]
[ProducesResponseType(StatusCodes.Status429TooManyRequests)]
public sealed class OpenDataApiController(OpenDataApi api) : ControllerBase
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>The indicators of the ward's achievements, each with its observations.</summary>
    [HttpGet("indicators", Name = RouteNames.ApiIndicators)]
    [ProducesResponseType<ApiPage<ApiIndicator>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemContentType)]
    public Task<IActionResult> Indicators([FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, api.IndicatorsAsync, cancellationToken);

    /// <summary>One indicator by its slug.</summary>
    [HttpGet("indicators/{slug}", Name = RouteNames.ApiIndicator)]
    [ProducesResponseType<ApiIndicator>(StatusCodes.Status200OK, "application/json")]
    public Task<IActionResult> Indicator(string slug, CancellationToken cancellationToken) => ItemAsync(slug, api.IndicatorAsync, cancellationToken);

    /// <summary>The targets of the 2025-2030 term, each with its breakthrough and progress updates.</summary>
    [HttpGet("targets", Name = RouteNames.ApiTargets)]
    [ProducesResponseType<ApiPage<ApiTarget>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemContentType)]
    public Task<IActionResult> Targets([FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, api.TargetsAsync, cancellationToken);

    /// <summary>One target by its slug.</summary>
    [HttpGet("targets/{slug}", Name = RouteNames.ApiTarget)]
    [ProducesResponseType<ApiTarget>(StatusCodes.Status200OK, "application/json")]
    public Task<IActionResult> Target(string slug, CancellationToken cancellationToken) => ItemAsync(slug, api.TargetAsync, cancellationToken);

    /// <summary>The heritage sites, each with its festivals.</summary>
    [HttpGet("heritage-sites", Name = RouteNames.ApiHeritageSites)]
    [ProducesResponseType<ApiPage<ApiHeritageSite>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemContentType)]
    public Task<IActionResult> HeritageSites([FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, api.HeritageSitesAsync, cancellationToken);

    /// <summary>One heritage site by its slug.</summary>
    [HttpGet("heritage-sites/{slug}", Name = RouteNames.ApiHeritageSite)]
    [ProducesResponseType<ApiHeritageSite>(StatusCodes.Status200OK, "application/json")]
    public Task<IActionResult> HeritageSite(string slug, CancellationToken cancellationToken) => ItemAsync(slug, api.HeritageSiteAsync, cancellationToken);

    /// <summary>The published articles, newest first.</summary>
    [HttpGet("articles", Name = RouteNames.ApiArticles)]
    [ProducesResponseType<ApiPage<ApiArticleSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemContentType)]
    public Task<IActionResult> Articles([FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, api.ArticlesAsync, cancellationToken);

    /// <summary>One published article by its slug, with its body.</summary>
    [HttpGet("articles/{slug}", Name = RouteNames.ApiArticle)]
    [ProducesResponseType<ApiArticle>(StatusCodes.Status200OK, "application/json")]
    public Task<IActionResult> Article(string slug, CancellationToken cancellationToken) => ItemAsync(slug, api.ArticleAsync, cancellationToken);

    /// <summary>The documents register, newest first.</summary>
    [HttpGet("documents", Name = RouteNames.ApiDocuments)]
    [ProducesResponseType<ApiPage<ApiDocument>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemContentType)]
    public Task<IActionResult> Documents([FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        ListAsync(page, pageSize, api.DocumentsAsync, cancellationToken);

    /// <summary>One document of the register by its slug.</summary>
    [HttpGet("documents/{slug}", Name = RouteNames.ApiDocument)]
    [ProducesResponseType<ApiDocument>(StatusCodes.Status200OK, "application/json")]
    public Task<IActionResult> Document(string slug, CancellationToken cancellationToken) => ItemAsync(slug, api.DocumentAsync, cancellationToken);

    private async Task<IActionResult> ListAsync<T>(
        int? page, int? pageSize, Func<ApiPaging, CancellationToken, Task<ApiPage<T>?>> list, CancellationToken cancellationToken)
    {
        var paging = new ApiPaging(page ?? 1, pageSize ?? OpenDataApi.DefaultPageSize);
        if (!ModelState.IsValid || paging.Page < 1 || paging.PageSize < 1 || paging.PageSize > OpenDataApi.MaxPageSize)
        {
            return Problem(StatusCodes.Status400BadRequest, OpenDataText.Problem_BadPagingTitle,
                VietnameseFormat.Text(OpenDataText.Problem_BadPagingDetail, OpenDataApi.MaxPageSize));
        }

        return await list(paging, cancellationToken) is { } result
            ? Ok(result)
            : Problem(StatusCodes.Status404NotFound, OpenDataText.Problem_NoSuchPageTitle, OpenDataText.Problem_NoSuchPageDetail);
    }

    private async Task<IActionResult> ItemAsync<T>(string slug, Func<string, CancellationToken, Task<T?>> find, CancellationToken cancellationToken)
        where T : class =>
        Slugifier.IsWellFormed(slug) && await find(slug, cancellationToken) is { } item
            ? Ok(item)
            : Problem(StatusCodes.Status404NotFound, OpenDataText.Problem_NotFoundTitle, VietnameseFormat.Text(OpenDataText.Problem_NotFoundDetail, slug));

    /// <summary>An RFC 9457 problem, as application/problem+json.</summary>
    private ObjectResult Problem(int status, string title, string detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = Request.Path + Request.QueryString })
        {
            StatusCode = status,
            ContentTypes = { ProblemContentType },
        };
}
