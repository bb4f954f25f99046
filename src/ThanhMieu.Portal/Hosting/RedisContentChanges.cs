using StackExchange.Redis;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Tells the other web nodes, on a Redis channel, that a save committed here: each drops what it keeps in memory
/// (<see cref="RedisContentSubscription"/>). A message names the node that sent it, so the sender skips its own. A
/// message that cannot be sent costs nothing but one warning per outage: the other nodes' caches then expire on their
/// own, and each drops them when its subscription comes back.
/// </summary>
public sealed partial class RedisContentChanges(IConnectionMultiplexer redis, ILogger<RedisContentChanges> logger) : IContentChangeBroadcast
{
    /// <summary>The channel, under the portal's prefix: several sites may share one server.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal(ScaleOutExtensions.RedisInstanceName + "content-changed");

    private int _failing;

    /// <summary>This process's name in its messages.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public async ValueTask PublishAsync()
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, NodeId);
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                LogPublishing(logger);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                LogCannotPublish(logger, e.GetType().Name, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The other nodes could not be told of a save through Redis ({Error}: {Reason}): they show it when their caches expire or Redis is back")]
    private static partial void LogCannotPublish(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saves are told to the other nodes through Redis again")]
    private static partial void LogPublishing(ILogger logger);
}

/// <summary>
/// Listens, from start to stop, for the saves of the other web nodes (<see cref="RedisContentChanges"/>) and makes each
/// one drop this node's memory and cached pages (<see cref="PublicCache.EvictChangedElsewhereAsync"/>). The client
/// subscribes again by itself after an outage; since messages sent meanwhile are lost, the node then drops everything
/// once. One warning when the subscription is lost, one line when it is back; in between the caches' own expiries bound
/// how stale a node can be.
/// </summary>
public sealed partial class RedisContentSubscription(
    IConnectionMultiplexer redis, RedisContentChanges broadcast, PublicCache cache, ILogger<RedisContentSubscription> logger) : IHostedService
{
    private int _lost;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            // Kept by the client even when Redis is down now, and made again on every reconnection.
            await redis.GetSubscriber().SubscribeAsync(RedisContentChanges.Channel, OnMessage);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Lost(e.GetType().Name, e.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed -= OnConnectionFailed;
        redis.ConnectionRestored -= OnConnectionRestored;
        try
        {
            await redis.GetSubscriber().UnsubscribeAsync(RedisContentChanges.Channel, OnMessage);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Stopping: the connection closes anyway.
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue sender)
    {
        if (sender != broadcast.NodeId)
        {
            Drop();
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            Lost(e.FailureType.ToString(), e.Exception?.Message ?? "");
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        if (Interlocked.Exchange(ref _lost, 0) == 1)
        {
            LogBack(logger);
        }

        Drop();
    }

    private void Lost(string error, string reason)
    {
        if (Interlocked.Exchange(ref _lost, 1) == 0)
        {
            LogLost(logger, error, reason);
        }
    }

    /// <summary>The memory is dropped before this returns; the store's eviction goes on in the background and never throws.</summary>
    private void Drop() => _ = cache.EvictChangedElsewhereAsync().AsTask();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Redis channel of the other nodes' saves is lost ({Error}: {Reason}): their edits show here when this node's caches expire")]
    private static partial void LogLost(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Redis channel of the other nodes' saves is back: this node's caches are dropped once, in case a save was missed")]
    private static partial void LogBack(ILogger logger);
}
