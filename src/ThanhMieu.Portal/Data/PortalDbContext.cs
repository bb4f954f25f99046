using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace ThanhMieu.Portal.Data;

/// <summary>
/// The portal's one database context. Each provider has a subclass so that its migrations live apart
/// (<see cref="SqlitePortalDbContext"/>, <see cref="SqlServerPortalDbContext"/>); the model is defined here once.
/// ASP.NET Core Identity's tables live here too, and the Data Protection keys, so that every web node signs and reads
/// cookies with the same keys and a database backup carries them.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<Breakthrough> Breakthroughs => Set<Breakthrough>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<HeritageSite> HeritageSites => Set<HeritageSite>();

    public DbSet<HeritagePhoto> HeritagePhotos => Set<HeritagePhoto>();

    public DbSet<Festival> Festivals => Set<Festival>();

    public DbSet<FestivalDate> FestivalDates => Set<FestivalDate>();

    public DbSet<FormerUnit> FormerUnits => Set<FormerUnit>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    public DbSet<LegalDocumentFile> LegalDocumentFiles => Set<LegalDocumentFile>();

    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Official> Officials => Set<Official>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<Redirect> Redirects => Set<Redirect>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    /// <summary>
    /// What the next save means when its changes alone do not say it (restoring an old revision is an update of
    /// the fields): the audit entry takes this action and adds the note. Cleared when the save ends.
    /// </summary>
    public (AuditAction Action, string Note)? SaveIntent { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.UpdatedBy)).HasMaxLength(FieldLengths.Name);

            // A save from a stale copy fails instead of overwriting: content and child rows alike.
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.ConcurrencyStamp)).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Every save is one transaction, including the audit entries that <see cref="AuditInterceptor"/> writes after the
    /// content (which needs the new rows' keys): a crash leaves both or neither. A caller that opened its own
    /// transaction (the edit pipeline adding a revision) gets everything inside that one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        return await InTransactionAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = Database.BeginTransaction();
            var count = base.SaveChanges(acceptAllChangesOnSuccess);
            transaction.Commit();
            return count;
        });
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, retried as a whole where the provider retries (SQL Server).</summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in either database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
