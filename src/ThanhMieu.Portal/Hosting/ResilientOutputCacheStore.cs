using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Wraps the shared (Redis) output cache store so that an outage costs the site its cache, never its pages: while
/// the store fails, a read is a miss and a write is skipped, and for <see cref="RetryAfter"/> after each failure the
/// store is not asked at all (no request waits on a dead server). One warning says the cache is off, another at most
/// once a minute while it stays off, and an information line says when it is back. Evictions that could not be made
/// are kept and made first when the store answers again, so a page edited during the outage is not served from the
/// cache afterwards.
/// </summary>
public sealed partial class ResilientOutputCacheStore(IOutputCacheStore inner, TimeProvider time, ILogger<ResilientOutputCacheStore> logger)
    : IOutputCacheBufferStore, IDisposable
{
    /// <summary>How long the store is left alone after a failure before it is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>The least time between two warnings while the store stays unavailable.</summary>
    public static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    /// <summary>More tags than a ward site has pages and lists: past it, the oldest outage's evictions are not kept.</summary>
    private const int MaxPendingEvictions = 10_000;

    private readonly Lock _state = new();
    private readonly ConcurrentDictionary<string, byte> _pendingEvictions = new(StringComparer.Ordinal);
    private long _openUntilTicks;
    private DateTimeOffset _lastWarning = DateTimeOffset.MinValue;
    private bool _unavailable;

    /// <summary>Whether the store is treated as unavailable now (a read is a miss, a write is skipped).</summary>
    public bool IsBypassed => time.GetUtcNow().UtcTicks < Volatile.Read(ref _openUntilTicks);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await RunAsync(ct => inner.GetAsync(key, ct), null, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await RunAsync(async ct => { await inner.SetAsync(key, value, tags, validFor, ct); return true; }, false, cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!await RunAsync(async ct => { await inner.EvictByTagAsync(tag, ct); return true; }, false, cancellationToken))
        {
            Remember(tag);
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        await RunAsync(async ct =>
        {
            if (inner is IOutputCacheBufferStore buffered)
            {
                return await buffered.TryGetAsync(key, destination, ct);
            }

            if (await inner.GetAsync(key, ct) is not { } bytes)
            {
                return false;
            }

            await destination.WriteAsync(bytes, ct);
            return true;
        }, false, cancellationToken);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await RunAsync(async ct =>
        {
            if (inner is IOutputCacheBufferStore buffered)
            {
                await buffered.SetAsync(key, value, tags, validFor, ct);
            }
            else
            {
                await inner.SetAsync(key, value.ToArray(), tags.IsEmpty ? null : tags.ToArray(), validFor, ct);
            }

            return true;
        }, false, cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private async ValueTask<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> work, T fallback, CancellationToken cancellationToken)
    {
        if (IsBypassed)
        {
            return fallback;
        }

        try
        {
            await EvictPendingAsync(cancellationToken);
            var result = await work(cancellationToken);
            Recovered();
            return result;
        }
        catch (Exception e) when (IsOutage(e, cancellationToken))
        {
            Failed(e);
            return fallback;
        }
    }

    /// <summary>The evictions an outage kept from the store, made before anything is read from it again.</summary>
    private async ValueTask EvictPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in _pendingEvictions.Keys)
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            _pendingEvictions.TryRemove(tag, out _);
        }
    }

    private void Remember(string tag)
    {
        if (_pendingEvictions.Count < MaxPendingEvictions)
        {
            _pendingEvictions.TryAdd(tag, 0);
        }
        else
        {
            LogTooManyPending(logger, MaxPendingEvictions, tag);
        }
    }

    /// <summary>A fault of the store or of the way to it (the Redis store's tag eviction wraps them in an AggregateException).</summary>
    private static bool IsOutage(Exception e, CancellationToken cancellationToken) =>
        e is RedisException or TimeoutException or IOException or System.Net.Sockets.SocketException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        || (e is AggregateException all && all.Flatten().InnerExceptions.All(inner => IsOutage(inner, cancellationToken)));

    private void Failed(Exception e)
    {
        var now = time.GetUtcNow();
        bool first;
        bool warn;
        lock (_state)
        {
            Volatile.Write(ref _openUntilTicks, (now + RetryAfter).UtcTicks);
            first = !_unavailable;
            warn = first || now - _lastWarning >= WarningInterval;
            _unavailable = true;
            if (warn)
            {
                _lastWarning = now;
            }
        }

        if (first)
        {
            LogUnavailable(logger, e.GetType().Name, e.Message, RetryAfter.TotalSeconds);
        }
        else if (warn)
        {
            LogStillUnavailable(logger, e.GetType().Name, e.Message);
        }
    }

    private void Recovered()
    {
        // Every cache hit passes here: no lock unless an outage is being ended.
        if (!Volatile.Read(ref _unavailable))
        {
            return;
        }

        bool wasUnavailable;
        lock (_state)
        {
            wasUnavailable = _unavailable;
            _unavailable = false;
        }

        if (wasUnavailable)
        {
            LogRecovered(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared output cache (Redis) is unavailable ({Error}: {Reason}): pages are served without it, tried again every {Seconds} s")]
    private static partial void LogUnavailable(ILogger logger, string error, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared output cache (Redis) is still unavailable ({Error}: {Reason}): pages are served without it")]
    private static partial void LogStillUnavailable(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared output cache (Redis) answers again: pages are cached again")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "More than {Count} evictions are waiting for the shared output cache; the eviction of {Tag} is dropped (its pages expire on their own)")]
    private static partial void LogTooManyPending(ILogger logger, int count, string tag);
}
