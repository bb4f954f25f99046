using Serilog;
using Serilog.Events;

namespace ThanhMieu.Portal.Hosting;

public static class LoggingExtensions
{
    /// <summary>The category of ASP.NET Core's per-request events, always off (<see cref="AddPortalLogging"/>).</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>The one line written per request; <c>CorrelationId</c> is the id shown on error pages.</summary>
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} {Outcome:l} in {Elapsed:0.0000} ms, request {CorrelationId}";

    /// <summary>Serilog from the <c>Serilog</c> configuration section (levels, sinks, overrides).</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: every host builds its own logger, so several hosts in one process
        // (the integration tests) never freeze or replace each other's; the static one stays the bootstrap logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // The framework's own per-request events ("Request starting", "Request finished") repeat the request
                // log below. While their category is enabled at any level, ASP.NET Core also starts an Activity for
                // every request, static files included, to give those events a trace id; off, it starts none.
                .MinimumLevel.Override(HostingDiagnosticsCategory, LevelAlias.Off),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One event per request with its final status (it wraps the exception handler, so a handled error logs the 500
    /// or 4xx that was sent) and its correlation id (<see cref="HttpContext.TraceIdentifier"/>). A request the client
    /// abandoned is logged as aborted at Information, not as a failure; health probes only at Verbose, static assets at Debug.
    /// The console sink writes on its own thread (Serilog.Sinks.Async), so a request never waits for the console.
    /// </summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger (configured sinks, levels and test sinks), not the static bootstrap logger.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestTemplate;
            options.GetLevel = (context, _, exception) =>
                HealthExtensions.IsProbe(context.Request) ? LogEventLevel.Verbose
                : IsAsset(context) ? LogEventLevel.Debug
                : IsAborted(context) ? LogEventLevel.Information
                : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("CorrelationId", context.TraceIdentifier);
                diagnostics.Set("Outcome", IsAborted(context)
                    ? "aborted by the client"
                    : "responded " + context.Response.StatusCode.ToString(CultureInfo.InvariantCulture));
            };
        });
        return app;
    }

    /// <summary>A stylesheet, script, font or image that answered 2xx or 304: a page's parts, not worth a line each.</summary>
    private static bool IsAsset(HttpContext context) =>
        context.Response.StatusCode is >= 200 and < 300 or StatusCodes.Status304NotModified && IsAssetPath(context.Request.Path);

    /// <summary>A path to a stylesheet, script, font or image, by its extension.</summary>
    internal static bool IsAssetPath(PathString path) =>
        Path.GetExtension(path.Value) is ".css" or ".js" or ".woff2" or ".woff" or ".svg" or ".png" or ".ico" or ".webp" or ".jpg" or ".jpeg" or ".map";

    /// <summary>The client went away: the exception handler answers 499 to an OperationCanceledException it caused.</summary>
    private static bool IsAborted(HttpContext context) =>
        context.RequestAborted.IsCancellationRequested || context.Response.StatusCode == StatusCodes.Status499ClientClosedRequest;
}
