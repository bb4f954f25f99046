using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Hosting;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>
/// The shared output cache store as the portal registers it (<c>AddPortalScaleOut</c>), on a real redis-server that
/// the tests kill or freeze: an outage costs the cache, never a request, is said once, and is over when Redis is back.
/// </summary>
public sealed class ResilientOutputCacheStoreTests
{
    private static readonly byte[] Page = "<html>trang chủ</html>"u8.ToArray();

    [Fact]
    public async Task WhenRedisDies_ReadsMissAtOnce_WritesAreSkipped_OneWarningIsLogged_AndCachingResumesWhenItReturns()
    {
        using var redis = await RedisServer.StartAsync();
        await using var portal = Build(redis);
        var store = portal.Store;
        await store.SetAsync("home", Page, ["pages"], TimeSpan.FromMinutes(5), default);
        Assert.Equal(Page, await store.GetAsync("home", default));

        redis.Stop();
        var clock = Stopwatch.StartNew();
        Assert.Null(await store.GetAsync("home", default));
        await store.SetAsync("home", Page, ["pages"], TimeSpan.FromMinutes(5), default);
        await store.EvictByTagAsync("pages", default);
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(await store.GetAsync("home", default));
        }

        // The first failure waits at most for the short timeouts; the 50 reads after it do not ask Redis at all.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"an outage took {clock.Elapsed} for 52 calls");
        Assert.Single(portal.Logs.Warnings);
        Assert.Contains("unavailable", portal.Logs.Warnings[0], StringComparison.Ordinal);

        await redis.StartAgainAsync();
        await WaitUntilCachedAsync(store, portal.Time, "home");
        Assert.Single(portal.Logs.Warnings);
        Assert.Contains(portal.Logs.Informations, line => line.Contains("answers again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEvictionThatAnOutageKeptFromRedis_IsMadeBeforeTheNextRead_SoNoStalePageIsServed()
    {
        using var redis = await RedisServer.StartAsync();
        await using var portal = Build(redis);
        var store = portal.Store;
        await store.SetAsync("article", Page, ["article:1"], TimeSpan.FromMinutes(5), default);
        await store.SetAsync("other", Page, ["article:2"], TimeSpan.FromMinutes(5), default);

        // Frozen, Redis keeps its pages; the edit's eviction fails and is kept.
        redis.Pause();
        await store.EvictByTagAsync("article:1", default);
        Assert.True(((ResilientOutputCacheStore)store).IsBypassed);
        redis.Resume();

        byte[]? served;
        var clock = Stopwatch.StartNew();
        do
        {
            portal.Time.Advance(ResilientOutputCacheStore.RetryAfter);
            served = await store.GetAsync("article", default);
            if (!((ResilientOutputCacheStore)store).IsBypassed)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(15));

        Assert.False(((ResilientOutputCacheStore)store).IsBypassed, "Redis did not answer again within 15 s");
        Assert.Null(served);
        Assert.Equal(Page, await store.GetAsync("other", default));
    }

    [Fact]
    public void WithoutARedisConnectionString_NoSharedStoreIsRegistered()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddPortalScaleOut();

        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IOutputCacheStore));
    }

    private static async Task WaitUntilCachedAsync(IOutputCacheStore store, FakeTimeProvider time, string key)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            time.Advance(ResilientOutputCacheStore.RetryAfter);
            await store.SetAsync(key, Page, ["pages"], TimeSpan.FromMinutes(5), default);
            if (await store.GetAsync(key, default) is { } bytes)
            {
                Assert.Equal(Page, bytes);
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("caching did not resume within 20 s of Redis returning");
    }

    private static BuiltPortal Build(RedisServer redis)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["ConnectionStrings:Redis"] = redis.ConnectionString;
        var logs = new CollectedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddPortalScaleOut();
        var app = builder.Build();
        return new BuiltPortal(app, app.Services.GetRequiredService<IOutputCacheStore>(), time, logs);
    }

    private sealed record BuiltPortal(WebApplication App, IOutputCacheStore Store, FakeTimeProvider Time, CollectedLogs Logs) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    /// <summary>The store's own log lines, by level.</summary>
    private sealed class CollectedLogs : ILoggerProvider, ILogger
    {
        private readonly List<(LogLevel Level, string Text)> _lines = [];

        public List<string> Warnings => Lines(LogLevel.Warning);

        public List<string> Informations => Lines(LogLevel.Information);

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(ResilientOutputCacheStore).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add((logLevel, formatter(state, exception)));
            }
        }

        public void Dispose()
        {
        }

        private List<string> Lines(LogLevel level)
        {
            lock (_lines)
            {
                return _lines.Where(l => l.Level == level).Select(l => l.Text).ToList();
            }
        }
    }
}
