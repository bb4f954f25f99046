using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThanhMieu.Portal.Data;

/// <summary>
/// Stamps audit times from <see cref="TimeProvider"/> and renews the concurrency stamp of every added or
/// changed <see cref="IVersioned"/> entity, so a save based on a stale copy fails instead of overwriting, and keeps
/// who saved it last on the entity itself.
/// </summary>
public sealed class VersioningInterceptor(TimeProvider time, IHttpContextAccessor httpContextAccessor) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var by = Actor.From(httpContextAccessor.HttpContext).Name;
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAtUtc = now;
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.ConcurrencyStamp = Guid.NewGuid();
                    entry.Entity.UpdatedBy = by;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.ConcurrencyStamp = Guid.NewGuid();
                    entry.Entity.UpdatedBy = by;
                    break;
            }
        }
    }
}
