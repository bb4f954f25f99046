using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Health endpoints for a load balancer (framework health checks): <c>/health/live</c> says the process answers and
/// touches nothing else; <c>/health/ready</c> also needs the database reachable with no pending migration.
/// Both answer 200 "Healthy" or 503 "Unhealthy" as plain text, are never cached and never rate limited.
/// </summary>
public static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddPortalHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", tags: [ReadyTag])
            .AddDbContextCheck<PortalDbContext>(
                "migrations",
                tags: [ReadyTag],
                customTestQuery: async (db, cancellationToken) => !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any());
        return builder;
    }

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return app;
    }

    /// <summary>Whether a request is a health probe (logged at Verbose only: balancers poll every few seconds).</summary>
    public static bool IsProbe(HttpRequest request) => request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
