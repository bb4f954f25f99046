using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// What several web nodes on one database share besides it. The Data Protection keys live in the database
/// (<see cref="IdentityExtensions"/>); with <c>ConnectionStrings:Redis</c> set, the output cache lives in Redis, so an
/// edit saved on one node evicts the page on every node (tag evictions are kept in Redis). Without it each node keeps
/// its own in-memory cache, which suits one node. See docs/operations.md, "Several web nodes".
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
        builder.Services.AddStackExchangeRedisOutputCache(options =>
        {
            options.ConfigurationOptions = configuration;
            options.InstanceName = RedisInstanceName;
        });

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
