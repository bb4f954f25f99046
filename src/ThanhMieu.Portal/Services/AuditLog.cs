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

    /// <summary>
    /// Adds an entry about a staff account, named by its display name and email (never its id) ahead of
    /// <paramref name="detail"/>. With <paramref name="byTheAccount"/> the account itself is the actor (signing in).
    /// </summary>
    public Task RecordAsync(
        AuditAction action, PortalUser account, string detail, bool byTheAccount = false, CancellationToken cancellationToken = default) =>
        RecordAsync(
            action, VietnameseFormat.Text(CommonText.Audit_Detail, AuditNames.Account(account), detail), nameof(PortalUser), account.Id,
            byTheAccount ? account.Id : null, byTheAccount ? account.UserName : null, cancellationToken);
}
