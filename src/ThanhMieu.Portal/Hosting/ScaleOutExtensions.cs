using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// What several web nodes on one database share besides it. The Data Protection keys live in the database
/// (<see cref="IdentityExtensions"/>); with <c>ConnectionStrings:Redis</c> set, the output cache lives in Redis, so an
/// edit saved on one node evicts the page on every node (tag evictions are kept in Redis), and the node that saved says
/// so on a Redis channel (<see cref="RedisContentChanges"/>), at which every other node drops what it keeps in memory
/// (the site settings, the old hosts' redirects: <see cref="ContentChanges"/>). An edit therefore shows on every node
/// at its next request, a few milliseconds after the save; while Redis is down, within the memory caches' own expiries
/// (<see cref="PortalOptions.SettingsCacheSeconds"/>, a minute for the redirects). One connection serves both. Without
/// Redis each node keeps its own in-memory cache, which suits one node. See docs/operations.md, "Several web nodes".
/// </summary>
public static class ScaleOutExtensions
{
    public const string RedisConnectionName = "Redis";

    /// <summary>The prefix of the portal's keys in Redis: several sites may share one server.</summary>
    public const string RedisInstanceName = "ThanhMieu.Portal:";

    /// <summary>
    /// A dead Redis must not add seconds to each request: short timeouts, no waiting for the first connection, and
    /// commands fail at once while disconnected instead of queueing. The operator's connection string comes after
    /// these, so any of them can be set there.
    /// </summary>
    private const string RedisDefaults = "abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000,connectRetry=1";

    public static WebApplicationBuilder AddPortalScaleOut(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString(RedisConnectionName) is not { Length: > 0 } redis)
        {
            return builder;
        }

        var configuration = ConfigurationOptions.Parse(RedisDefaults + "," + redis);
        configuration.BacklogPolicy = BacklogPolicy.FailFast;

        // One connection for the cache and the channel, made at its first use, at the latest when the channel subscribes
        // at start (abortConnect=false: a dead Redis costs the start at most the connect timeout, and the client goes on
        // trying by itself). The store must never force a reconnection (its
        // UseForceReconnect switch, off by default): it would close the connection under the subscription.
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        builder.Services.AddStackExchangeRedisOutputCache(options => options.InstanceName = RedisInstanceName);
        builder.Services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, services) =>
            options.ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()));
        builder.Services.AddSingleton<RedisContentChanges>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IContentChangeBroadcast>(services => services.GetRequiredService<RedisContentChanges>()));
        builder.Services.AddHostedService<RedisContentSubscription>();

        // The Redis store registered just now (its type is internal) becomes the inner store of the resilient one;
        // registered last, it is the IOutputCacheStore the output cache middleware resolves.
        var redisStore = builder.Services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        builder.Services.Remove(redisStore);
        builder.Services.AddSingleton<IOutputCacheStore>(services => new ResilientOutputCacheStore(
            (IOutputCacheStore)ActivatorUtilities.CreateInstance(services, redisStore.ImplementationType!),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        return builder;
    }
}
