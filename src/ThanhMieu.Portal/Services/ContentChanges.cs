using Microsoft.Extensions.Primitives;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// The one signal that what staff edit has changed: raised by <see cref="PublicCache"/> after every committed save on
/// this node and, with Redis, when another node says it saved (<see cref="Hosting.RedisContentChanges"/>). Every
/// in-memory cache of staff-editable data attaches <see cref="Token"/> to its entries, so no save path has to know
/// which caches exist, and an edit saved on any node is read again at the next request. The caches keep their own
/// expiry as the upper bound for when a message is lost (Redis down).
/// </summary>
public sealed class ContentChanges : IDisposable
{
    private CancellationTokenSource _source = new();

    /// <summary>
    /// Changes at the next <see cref="Raise"/>. Take it before reading the rows a cache entry keeps: an entry whose
    /// token has already changed when it is stored is dropped at once, so a read that crossed a save is not kept.
    /// </summary>
    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref _source).Token);

    /// <summary>Drops every entry that holds the current token; later entries get a new one.</summary>
    /// <remarks>The source replaced is cancelled, not disposed: an entry may still be given its token (it holds no timer).</remarks>
    public void Raise() => Interlocked.Exchange(ref _source, new CancellationTokenSource()).Cancel();

    public void Dispose() => _source.Dispose();
}

/// <summary>Tells the other web nodes that a save committed on this one, so they raise their <see cref="ContentChanges"/>.</summary>
public interface IContentChangeBroadcast
{
    /// <summary>Never throws: a save that has committed must not fail because the other nodes could not be told.</summary>
    ValueTask PublishAsync();
}

/// <summary>One node (no Redis): there is nobody to tell.</summary>
public sealed class SingleNodeBroadcast : IContentChangeBroadcast
{
    public ValueTask PublishAsync() => ValueTask.CompletedTask;
}
