using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Records events that are not entity saves (sign-ins, user management). Content changes are recorded
/// automatically by <see cref="AuditInterceptor"/>.
/// </summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider time)
{
    /// <summary>Adds an entry and saves it at once. <paramref name="userName"/> overrides the actor's name (failed sign-ins).</summary>
    public async Task RecordAsync(
        AuditAction action, string summary, string entityType = "", string entityId = "",
        string? userId = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        var actor = Actor.From(httpContextAccessor.HttpContext);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = userId ?? actor.UserId,
            UserName = userName is { Length: > Actor.MaxNameLength } ? userName[..Actor.MaxNameLength] : userName ?? actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary,
            IpAddress = actor.IpAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
