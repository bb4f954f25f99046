using Microsoft.AspNetCore.OutputCaching;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// What the output cache of public pages knows beyond the framework's: the one tag every public entry carries, the
/// eviction every content save triggers (<see cref="PublicCacheInterceptor"/>), and the next time the site changes by
/// itself (a scheduled article's publish time, a pin's end, midnight in Vietnam), at which every entry is dropped.
/// A save also raises <see cref="ContentChanges"/>, which drops what the node keeps in memory (the settings, the old
/// hosts' redirects), and is broadcast to the other nodes (<see cref="IContentChangeBroadcast"/>), which do the same
/// (<see cref="EvictChangedElsewhereAsync"/>). Times come from the app's <see cref="TimeProvider"/>, the clock the
/// visibility rules read.
/// </summary>
public sealed class PublicCache(
    IOutputCacheStore store, ContentChanges changes, IContentChangeBroadcast broadcast, TimeProvider time, ILogger<PublicCache> logger)
{
    /// <summary>The tag of every cached public answer.</summary>
    public const string Tag = "public";

    private const long Unknown = 0;

    // Ticks (UTC) of the next change by time, or Unknown until the next stored page asks.
    private long _nextChangeTicks;
    private int _generation;

    /// <summary>Grows by one at every eviction; a page rendered across an eviction is not stored (it may be stale).</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Drops every cached public answer and what the nodes keep in memory: called once a save has committed.</summary>
    public async ValueTask EvictAsync(CancellationToken cancellationToken = default)
    {
        changes.Raise();
        try
        {
            await EvictStoreAsync(cancellationToken);
        }
        finally
        {
            // Even when the request that saved is gone: the other nodes must hear of the commit.
            await broadcast.PublishAsync();
        }
    }

    /// <summary>
    /// Another node saved (or its message may have been missed): this node drops what it keeps in memory, forgets the
    /// next change by time (the save may have scheduled one), and evicts the shared store once more, since it may have
    /// stored a page from its stale memory between the saving node's eviction and the message.
    /// </summary>
    public async ValueTask EvictChangedElsewhereAsync(CancellationToken cancellationToken = default)
    {
        changes.Raise();
        await EvictStoreAsync(cancellationToken);
    }

    /// <summary>Evicts when the next change by time has come; checked before every lookup (no query, one comparison).</summary>
    public ValueTask EvictIfDueAsync(CancellationToken cancellationToken)
    {
        var next = Interlocked.Read(ref _nextChangeTicks);
        return next != Unknown && time.GetUtcNow().UtcTicks >= next ? EvictStoreAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    private async ValueTask EvictStoreAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _nextChangeTicks, Unknown);
        try
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The save has committed; a cache that cannot evict must not turn it into an error page.
            logger.LogWarning(e, "The public output cache could not be evicted after a save");
        }
    }

    /// <summary>
    /// How long a page rendered now may stay cached before the site changes by itself; read from the database once
    /// after each eviction, then kept.
    /// </summary>
    public async Task<TimeSpan> UntilNextChangeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var next = Interlocked.Read(ref _nextChangeTicks);
        if (next == Unknown)
        {
            next = (await NextChangeAsync(db, now, cancellationToken)).Ticks;
            Interlocked.CompareExchange(ref _nextChangeTicks, next, Unknown);
        }

        return TimeSpan.FromTicks(next - now.Ticks);
    }

    private static async Task<DateTime> NextChangeAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        // Dates shown by the day (festivals to come, the lunar year) turn at midnight in Vietnam.
        var vietnam = VietnameseFormat.ToVietnamTime(now);
        var midnight = vietnam.Date.AddDays(1) - (vietnam - now);
        var published = await db.Articles.AsNoTracking()
            .Where(a => !a.IsArchived && a.Status != ArticleStatus.Draft && a.PublishedAtUtc > now)
            .MinAsync(a => a.PublishedAtUtc, cancellationToken);
        var unpinned = await db.Articles.AsNoTracking()
            .Where(a => a.IsPinned && a.PinnedUntilUtc > now)
            .MinAsync(a => a.PinnedUntilUtc, cancellationToken);
        return new[] { midnight, published, unpinned }.OfType<DateTime>().Min();
    }
}
