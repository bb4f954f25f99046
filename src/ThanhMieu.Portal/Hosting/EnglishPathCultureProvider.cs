using Microsoft.AspNetCore.Localization;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// The address alone chooses the language: pages under <c>/en</c> are English, every other page Vietnamese. A browser's
/// Accept-Language or a cookie never switches a Vietnamese page's words, numbers or dates.
/// </summary>
public sealed class EnglishPathCultureProvider : RequestCultureProvider
{
    public const string Segment = "/en";

    public static readonly ProviderCultureResult English = new("en");

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.Request.Path.StartsWithSegments(Segment, StringComparison.OrdinalIgnoreCase) ? English : NullProviderCultureResult.Result);
}
