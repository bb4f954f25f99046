using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;
using ThanhMieu.Portal.Services.Discovery;
using ThanhMieu.Portal.Services.OpenData;

namespace ThanhMieu.Portal.Controllers;

/// <summary>
/// /du-lieu-mo: the open data page (its datasets, licence, update dates and DCAT metadata), the API's reference page
/// generated from its OpenAPI document, and the CSV downloads (each with a strong ETag, cached five minutes).
/// </summary>
[Route("du-lieu-mo")]
public sealed class OpenDataController(OpenDataCatalog catalog, OpenDataCsv csv, SiteSettingsCache settings) : Controller
{
    [HttpGet("", Name = RouteNames.OpenData)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await catalog.GetAsync(cancellationToken);
        var site = await settings.GetAsync(cancellationToken);
        var publisher = string.IsNullOrWhiteSpace(site.OfficialName) ? SiteText.Layout_SiteName : site.OfficialName.Trim();
        PageMetadata.Of(HttpContext).DataCatalog = catalog.Dcat(page, SiteOrigin.Of(HttpContext), publisher);
        return View(page);
    }

    /// <summary>The API's reference, in Vietnamese, drawn from the same document the API publishes.</summary>
    [HttpGet("api", Name = RouteNames.OpenDataReference)]
    public async Task<IActionResult> Reference(CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenDataApi.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        return View(OpenDataReference.From(document));
    }

    [HttpGet("chi-tieu.csv", Name = RouteNames.IndicatorsCsv)]
    [EnableRateLimiting(RateLimitPolicies.General)]
    [ETag(OpenDataServiceCollectionExtensions.CacheSeconds)]
    public async Task<IActionResult> IndicatorsCsv(CancellationToken cancellationToken) =>
        File(await csv.IndicatorsAsync(cancellationToken), OpenDataCsv.ContentType, OpenDataCsv.IndicatorsFileName);

    [HttpGet("muc-tieu.csv", Name = RouteNames.TargetsCsv)]
    [EnableRateLimiting(RateLimitPolicies.General)]
    [ETag(OpenDataServiceCollectionExtensions.CacheSeconds)]
    public async Task<IActionResult> TargetsCsv(CancellationToken cancellationToken) =>
        File(await csv.TargetsAsync(cancellationToken), OpenDataCsv.ContentType, OpenDataCsv.TargetsFileName);

    [HttpGet("cap-nhat-muc-tieu.csv", Name = RouteNames.ProgressUpdatesCsv)]
    [EnableRateLimiting(RateLimitPolicies.General)]
    [ETag(OpenDataServiceCollectionExtensions.CacheSeconds)]
    public async Task<IActionResult> ProgressUpdatesCsv(CancellationToken cancellationToken) =>
        File(await csv.ProgressUpdatesAsync(cancellationToken), OpenDataCsv.ContentType, OpenDataCsv.ProgressUpdatesFileName);
}
