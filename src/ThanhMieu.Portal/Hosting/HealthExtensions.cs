using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Health endpoints for a load balancer (framework health checks): <c>/health/live</c> says the process answers and
/// touches nothing else; <c>/health/ready</c> also needs the database reachable with no pending migration and the
/// start-up finished.
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
                customTestQuery: async (db, cancellationToken) => !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            .AddCheck<StartedCheck>("started", tags: [ReadyTag]);
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

/// <summary>
/// Ready only once the host has started: the server listens a little earlier, while the last start-up checks
/// (<see cref="StartupChecks"/>) run, and a load balancer should not send residents to a node before they finish.
/// </summary>
public sealed class StartedCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The portal is still starting."));
}
