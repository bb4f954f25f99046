using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThanhMieu.Portal.Data;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every content entity a signed-in user creates, changes, publishes,
/// archives or deletes, so no admin screen can forget to. Changes made by the system (seeding, start-up) are not
/// audited here; sign-ins and user management are recorded explicitly by <see cref="AuditLog"/>.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor httpContextAccessor, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Properties whose changes the audit trail does not name: bookkeeping, and what a save derives (rendered HTML).</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>
    {
        nameof(IVersioned.CreatedAtUtc), nameof(IVersioned.UpdatedAtUtc), nameof(IVersioned.ConcurrencyStamp), nameof(IVersioned.UpdatedBy),
        nameof(Article.BodyHtml), nameof(Article.HeadingsJson), nameof(HeritageSite.DescriptionHtml), nameof(FormerUnit.HistoryHtml),
        nameof(Question.AnswerHtml), nameof(Question.Fingerprint), nameof(LegalDocument.SearchText), nameof(Organisation.DutiesHtml), nameof(Organisation.DutiesEnHtml),
        nameof(Procedure.SearchText),
    };

    private readonly ConditionalWeakTable<DbContext, List<Pending>> _pending = [];

    private sealed record Pending(EntityEntry Entry, AuditAction Action, string Summary);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Flush(eventData.Context))
        {
            eventData.Context!.SaveChanges();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Flush(eventData.Context))
        {
            await eventData.Context!.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null || Actor.From(httpContextAccessor.HttpContext).IsSystem)
        {
            return;
        }

        var pending = new List<Pending>();
        // A copy: naming a child row may look its parent up in the change tracker.
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            // Content and its child rows (observations, progress updates, a site's photos ...), and uploaded images.
            if (entry.Entity is not (IVersioned or MediaAsset))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new(entry, entry.Entity is MediaAsset or LegalDocumentFile ? AuditAction.Upload : AuditAction.Create, Describe(context, entry.Entity)));
                    break;
                case EntityState.Deleted:
                    pending.Add(new(entry, AuditAction.Delete, Describe(context, entry.Entity)));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)).ToList();
                    if (changed.Count > 0)
                    {
                        var summary = VietnameseFormat.Text(CommonText.Audit_Detail, Describe(context, entry.Entity), string.Join(", ", changed.Select(Change)));
                        pending.Add(context is PortalDbContext { SaveIntent: { } intent } && entry.Entity is IVersioned
                            ? new(entry, intent.Action, summary + " (" + intent.Note + ")")
                            : new(entry, ActionFor(entry), summary));
                    }

                    break;
            }
        }

        if (pending.Count > 0)
        {
            _pending.AddOrUpdate(context, pending);
        }
    }

    private bool Flush(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return false;
        }

        _pending.Remove(context);
        var actor = Actor.From(httpContextAccessor.HttpContext);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var item in pending)
        {
            var key = item.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(item.Entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
            context.Set<AuditEntry>().Add(new AuditEntry
            {
                AtUtc = now,
                UserId = actor.UserId,
                UserName = actor.Name,
                Action = item.Action,
                EntityType = item.Entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", key),
                Summary = Truncate(item.Summary, 2000),
                IpAddress = actor.IpAddress,
            });
        }

        return true;
    }

    private static AuditAction ActionFor(EntityEntry entry)
    {
        var status = entry.Entity is Article ? entry.Property(nameof(Article.Status)) : null;
        if (status is { IsModified: true } && !Equals(status.OriginalValue, status.CurrentValue))
        {
            return status.CurrentValue switch
            {
                ArticleStatus.Published or ArticleStatus.Scheduled => AuditAction.Publish,
                _ => AuditAction.Update,
            };
        }

        var archived = entry.Entity is IArchivable ? entry.Property(nameof(IArchivable.IsArchived)) : null;
        if (archived is { IsModified: true } && !Equals(archived.OriginalValue, archived.CurrentValue))
        {
            return archived.CurrentValue is true ? AuditAction.Archive : AuditAction.Restore;
        }

        return AuditAction.Update;
    }

    private static string Change(PropertyEntry property) =>
        property.Metadata.Name switch
        {
            nameof(Article.Status) => VietnameseFormat.Text(CommonText.Audit_StatusChange, AuditNames.Property(property.Metadata.Name),
                StatusName(property.OriginalValue), StatusName(property.CurrentValue)),
            _ => AuditNames.Property(property.Metadata.Name),
        };

    private static string StatusName(object? status) => status is ArticleStatus s ? VietnameseFormat.StatusName(s) : "";

    /// <summary>Names the item as staff know it; a child row is named with its parent's name, looked up when not loaded.</summary>
    private static string Describe(DbContext context, object entity) =>
        entity switch
        {
            Article a => AuditNames.Quoted(a.Title),
            Category c => AuditNames.Quoted(c.Name),
            Tag t => AuditNames.Quoted(t.Name),
            Indicator i => AuditNames.Quoted(i.Name),
            Breakthrough b => AuditNames.Quoted(b.Title),
            Target t => AuditNames.Quoted(t.Title),
            HeritageSite h => AuditNames.Quoted(h.Name),
            Festival f => AuditNames.Quoted(f.Name),
            FormerUnit u => AuditNames.Quoted(u.Name),
            Question q => AuditNames.Quoted(q.Subject),
            Organisation o => AuditNames.Quoted(o.Name),
            Official p => VietnameseFormat.Text(
                CommonText.Audit_Official, AuditNames.Quoted(p.Name), ParentName(context, p.Organisation, p.OrganisationId, o => o.Name)),
            HeritagePhoto p => VietnameseFormat.Text(
                CommonText.Audit_HeritagePhoto, p.AltText, ParentName(context, p.HeritageSite, p.HeritageSiteId, h => h.Name)),
            FestivalDate d => VietnameseFormat.Text(
                CommonText.Audit_FestivalDate, VietnameseFormat.LunarDay(d), ParentName(context, d.Festival, d.FestivalId, f => f.Name)),
            Procedure p => AuditNames.Quoted(p.Name),
            Redirect r => AuditNames.Quoted(r.FromHost + r.FromPath),
            MediaAsset m => VietnameseFormat.Text(CommonText.Format_QuotedWith, m.OriginalName, m.FileName),
            LegalDocument d => AuditNames.Quoted(d.DocumentNumber),
            LegalDocumentFile f => VietnameseFormat.Text(
                CommonText.Audit_LegalDocumentFile, f.Title, ParentName(context, f.LegalDocument, f.LegalDocumentId, d => d.DocumentNumber)),
            Observation o => VietnameseFormat.Text(
                CommonText.Audit_Observation,
                VietnameseFormat.Period(o) is { Length: > 0 } period ? period : CommonText.Audit_ObservationWithoutYear,
                ParentName(context, o.Indicator, o.IndicatorId, i => i.Name)),
            ProgressUpdate p => VietnameseFormat.Text(
                CommonText.Audit_ProgressUpdate, VietnameseFormat.Date(p.Date), ParentName(context, p.Target, p.TargetId, t => t.Title)),
            _ => AuditNames.Entity(entity.GetType().Name),
        };

    /// <summary>The parent's name from the loaded navigation, the change tracker or, without tracking it, the database.</summary>
    private static string? ParentName<TParent>(DbContext context, TParent? loaded, int id, Func<TParent, string> name)
        where TParent : class =>
        (loaded ?? context.Set<TParent>().Local.FindEntry(id)?.Entity
            ?? context.Set<TParent>().AsNoTracking().FirstOrDefault(p => EF.Property<int>(p, "Id") == id)) is { } parent
            ? name(parent)
            : null;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
