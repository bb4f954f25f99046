using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThanhMieu.Portal.Data;

/// <summary>
/// Evicts the public output cache (<see cref="PublicCache"/>), and with it what every node keeps in memory
/// (<see cref="ContentChanges"/>), after every committed save that changed what the public site shows: any entity
/// except the audit trail and the framework's own rows (Identity, Data Protection keys); a staff account only when its
/// display name (shown as an author) changed. It watches the context, not the admin services, so a new content type
/// or a new save path evicts without being told. A command that writes outside SaveChanges (<c>ExecuteUpdate</c>,
/// <c>ExecuteDelete</c>, raw SQL) counts as a public change too. The eviction waits for the commit: a page rendered in
/// between would otherwise be stored from the old rows.
/// </summary>
public sealed class PublicCacheInterceptor(PublicCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    // Contexts whose open transaction holds a public change, evicted when it commits.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    // Contexts inside SaveChanges, whose commands the change tracker has already judged.
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context))
        {
            cache.EvictAsync().AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context))
        {
            await cache.EvictAsync(cancellationToken);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (WroteOutsideSave(eventData.Context))
        {
            cache.EvictAsync().AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (WroteOutsideSave(eventData.Context))
        {
            await cache.EvictAsync(cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _pending.Remove(context))
        {
            cache.EvictAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.Remove(context))
        {
            await cache.EvictAsync(cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
            _saving.Remove(context);
        }
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        _saving.AddOrUpdate(context, true);
        if (context.ChangeTracker.Entries().Any(ChangesPublicSite))
        {
            _pending.AddOrUpdate(context, true);
        }
    }

    /// <summary>A save ended; true when it changed the public site and no transaction is left to wait for.</summary>
    private bool Saved(DbContext? context)
    {
        if (context is null)
        {
            return false;
        }

        _saving.Remove(context);
        return context.Database.CurrentTransaction is null && _pending.Remove(context);
    }

    /// <summary>A write outside SaveChanges; true when it should evict now (no transaction), else noted for the commit.</summary>
    private bool WroteOutsideSave(DbContext? context)
    {
        if (context is null || _saving.TryGetValue(context, out _))
        {
            return false;
        }

        if (context.Database.CurrentTransaction is null)
        {
            return true;
        }

        _pending.AddOrUpdate(context, true);
        return false;
    }

    private static bool ChangesPublicSite(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity switch
        {
            AuditEntry => false,
            PortalUser => entry.State == EntityState.Modified && entry.Property(nameof(PortalUser.DisplayName)).IsModified,
            _ => entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) != true,
        };
}
