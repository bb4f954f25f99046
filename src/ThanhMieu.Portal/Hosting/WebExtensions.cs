using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using ThanhMieu.Portal.Services.OpenData;

namespace ThanhMieu.Portal.Hosting;

public static class WebExtensions
{
    /// <summary>MVC, the public content services and the site's settings.</summary>
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>()
            .BindConfiguration(PortalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddControllersWithViews(mvc => mvc.Conventions.Add(new PublicPagesETagConvention()));

        // Razor would otherwise write every Vietnamese letter outside Latin-1 as an entity (&#x1EAD;), bloating pages
        // and making them unreadable in view-source. HTML-significant characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddResponseCompression(compression =>
        {
            // Residents are often on slow mobile connections; pages shrink to about a third.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });

        // Pages are small, so the better ratio costs well under a millisecond; the default (Fastest) leaves ~30% on the table.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.AddRouting(routing => routing.LowercaseUrls = true);
        builder.Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        builder.Services.AddScoped<PublicContent>();
        builder.Services.AddScoped<FestivalCalendar>();
        builder.Services.AddScoped<ResidentQuestions>();
        builder.Services.AddHostedService<QuestionPrivacyService>();
        builder.Services.AddOptions<QuestionOptions>()
            .BindConfiguration(QuestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PublicDocuments>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SiteSettingsCache>();
        builder.Services.AddScoped<LastingUrls>();
        builder.Services.AddScoped<OldHostRedirects>();
        builder.Services.AddScoped<MediaPictures>();
        builder.Services.AddScoped<PublicProcedures>();
        builder.Services.AddScoped<SiteSearch>();
        builder.Services.AddScoped<Services.Discovery.SiteDiscovery>();
        builder.Services.AddScoped<Services.Discovery.StructuredData>();
        builder.Services.AddPublicRoutes();
        builder.Services.AddOpenData();
        return builder;
    }

    /// <summary>
    /// The request pipeline: forwarded headers, the request log, errors, HSTS and security headers, routing (static
    /// assets answer there), redirects, cookie policy, the output cache, compression, culture, rate limits, ETags,
    /// routes and health checks.
    /// </summary>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UsePortalRequestLogging();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi/ngoai-le",

            // The error page attaches the exception to the request's log event, with its correlation id.
            SuppressDiagnosticsCallback = _ => true,

            // Requests that are too large or unreadable are the client's fault: answer 4xx, not 500.
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                InvalidDataException => StatusCodes.Status413PayloadTooLarge,
                _ when StorageFaults.IsStorageFault(exception) => RecoveredStorageFault(),
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreForAdminMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UsePortalHeadAsGet();

        // Routing this early lets a static asset (a short-circuit endpoint) be answered here, past only the request
        // log, the error handlers and the security headers: none of what follows concerns a file. In alternating runs
        // the portal's font went from 0.69 to 0.79 of a bare app serving the same bytes (0.86 with the framework's
        // per-request log category off, LoggingExtensions).
        app.UseRouting();
        app.UseMiddleware<RedirectMiddleware>();
        app.UseCookiePolicy();

        // Outside compression, so a hit replays the stored compressed body; everything above runs on hits too.
        app.UsePortalOutputCaching();

        // Public pages carry no secrets, so compressing them over HTTPS is safe; admin pages (which carry
        // antiforgery tokens) are left uncompressed to rule out BREACH-style attacks.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());

        // Vietnamese everywhere; English only under /en (its pages come with the English introduction and contacts).
        CultureInfo[] cultures = [new("vi-VN"), new("en")];
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new EnglishPathCultureProvider()],
        });

        // Only the endpoints that ask for it (the open data API) answer CORS, preflights included.
        app.UseCors();
        app.UsePortalRateLimiting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ETagMiddleware>();
        // An asset needs none of what runs after routing (redirects, the output cache, compression, culture, CORS, rate
        // limits, sign-in, ETags of pages): short-circuited, it is answered by the routing middleware itself.
        app.MapStaticAssets().ShortCircuit();

        // Pages link build-time assets by their fingerprinted names (/css/site.{hash}.css), served as immutable for a year.
        app.MapControllers().WithStaticAssets();
        app.MapOpenData();
        app.MapPortalHealthChecks();
        return app;
    }

    /// <summary>A storage fault is 503 (try again later); its connections are let go first (<see cref="StorageFaults.Recover"/>).</summary>
    private static int RecoveredStorageFault()
    {
        StorageFaults.Recover();
        return StatusCodes.Status503ServiceUnavailable;
    }
}
