namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// The start-up checks that need not delay the first page, with seeding on (<see cref="DatabaseOptions.SeedOnStartup"/>):
/// the search entries are rebuilt where they do not match the visible content (a database from before search, restored
/// without them, or written outside the edit pipeline), then the roles are created if missing and, in Development, a
/// first administrator when there is no user (<see cref="IdentityExtensions.EnsurePortalAccountsAsync"/>). They run in
/// <see cref="StartedAsync"/>, once the server listens, so their twenty-odd queries (about 0.2 s) overlap the first
/// request; the host reports started only after them, so whatever waits for the start (the tests, a load balancer
/// through <see cref="StartedCheck"/>) finds them done. They run under the <see cref="StartupLock"/>, so two nodes never
/// rebuild the same entries or create the same role together.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, IOptions<DatabaseOptions> options, IHostEnvironment environment, ILogger<StartupChecks> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnStartup)
        {
            return;
        }

        await using var startupLock = await DataServiceCollectionExtensions.LockStartupAsync(options.Value, environment.ContentRootPath, logger, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var rebuilt = await new SearchIndex(scope.ServiceProvider.GetRequiredService<PortalDbContext>()).EnsureAsync(cancellationToken);
        if (rebuilt > 0)
        {
            logger.LogInformation("Rebuilt the search entries of {Count} items whose entries were missing", rebuilt);
        }

        await scope.ServiceProvider.EnsurePortalAccountsAsync(environment);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
