namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Rebuilds the search entries of a database whose entries do not match its visible content (one from before search,
/// restored without them, or written outside the edit pipeline): derived content, like the seed, checked at every start.
/// It runs in <see cref="StartedAsync"/>, once the server listens, so its twenty counting queries (about 0.15 s) overlap
/// the first request instead of delaying it; the host reports started only after it, so whatever waits for the start
/// (the tests, a second node) finds the entries complete. It runs under the <see cref="StartupLock"/>, so two nodes never
/// rebuild the same entries together.
/// </summary>
public sealed class SearchIndexStartup(IServiceProvider services, IOptions<DatabaseOptions> options, IHostEnvironment environment, ILogger<SearchIndexStartup> logger)
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
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
