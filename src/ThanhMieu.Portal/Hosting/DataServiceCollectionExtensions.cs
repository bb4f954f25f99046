using Microsoft.Data.Sqlite;
using ThanhMieu.Portal.Data.Seeding;

namespace ThanhMieu.Portal.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PortalDbContext"/> on the configured provider, with its seeder.</summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<VersioningInterceptor>();

        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();

        // Pooled: a request leases a context instead of building one and its services (the interceptors are singletons).
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContextPool<PortalDbContext, SqlServerPortalDbContext>((sp, db) => db
                .UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PublicCacheInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, builder.Environment.ContentRootPath);
            builder.Services.AddDbContextPool<PortalDbContext, SqlitePortalDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PublicCacheInterceptor>()));
        }

        builder.Services.AddScoped<PortalSeeder>();
        builder.Services.AddScoped<ContentCorrections>();
        builder.Services.AddHostedService<StartupChecks>();
        return builder;
    }

    /// <summary>
    /// Applies migrations and seeds an empty database, each as configured. On SQLite it first makes the data folder
    /// private, clears a migration lock left by a killed start, skips migrating when nothing is pending, and checks the
    /// file's integrity; a fault is a <see cref="StartupFaultException"/> that says what to do. All of it runs under a
    /// <see cref="StartupLock"/>, one process at a time per database; the search entries are checked once the server
    /// listens (<see cref="StartupChecks"/>).
    /// </summary>
    public static async Task InitializePortalDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteStartup).FullName!);
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            // Several nodes may start together on one database: one migrates and seeds, the others wait and find it done.
            await using var nodeLock = options.ApplyMigrationsOnStartup || options.SeedOnStartup
                ? await LockStartupAsync(options, app.Environment.ContentRootPath, logger)
                : null;
            await InitializeAsync(app, options, sqlite: false);
            return;
        }

        var folder = ResolveDataFolder(options, app.Environment.ContentRootPath);
        await using var fileLock = await LockStartupAsync(options, app.Environment.ContentRootPath, logger);
        SqliteStartup.PrepareFolder(folder, logger);
        try
        {
            await InitializeAsync(app, options, sqlite: true);
            SqliteStartup.SecureFiles(folder, logger);
        }
        catch (SqliteException e)
        {
            throw SqliteStartup.Explain(e, folder);
        }
    }

    private static async Task InitializeAsync(WebApplication app, DatabaseOptions options, bool sqlite)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (sqlite && options.CheckIntegrityOnStartup && new FileInfo(db.Database.GetDbConnection().DataSource) is { Exists: true, Length: > 0 })
        {
            await SqliteStartup.CheckIntegrityAsync(db);
        }

        if (options.ApplyMigrationsOnStartup)
        {
            if (!sqlite)
            {
                await db.Database.MigrateAsync();
            }
            else if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteStartup).FullName!);
                await SqliteStartup.ClearStaleMigrationLockAsync(db, logger);
                await db.Database.MigrateAsync();
            }

            if (sqlite)
            {
                await SqliteStartup.UseWriteAheadLogAsync(db);
            }

            await DataProtectionKeyImport.ImportFolderAsync(db, ResolveDataFolder(options, app.Environment.ContentRootPath), scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionKeyImport).FullName!));
        }

        if (options.SeedOnStartup)
        {
            // On SQLite a restart of the same build skips the seed and the corrections with one read (SeedStamp);
            // a freshly seeded database needs no corrections (they only fix rows of an older seed).
            if (!sqlite || await SeedStamp.ReadAsync(db) != SeedStamp.Current)
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedAsync();
                if (!seeded)
                {
                    await scope.ServiceProvider.GetRequiredService<ContentCorrections>().ApplyAsync();
                }

                if (sqlite)
                {
                    await SeedStamp.WriteAsync(db);
                }
            }
        }
    }

    /// <summary>
    /// Builds the EF model on another thread while the main one sets up the pipeline: the model is the longest single
    /// step of a start (about 0.4 s on two cores), and the first database step would otherwise wait for all of it.
    /// A fault is left to that step, which reports it as a start-up fault.
    /// </summary>
    public static void WarmPortalModel(this WebApplication app) => _ = Task.Run(() =>
    {
        try
        {
            using var scope = app.Services.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The same fault meets InitializePortalDatabaseAsync, which explains it.
        }
    });

    /// <summary>The <see cref="StartupLock"/> of the configured database: one process at a time starts on it.</summary>
    internal static async Task<StartupLock> LockStartupAsync(DatabaseOptions options, string contentRoot, ILogger logger, CancellationToken cancellationToken = default) =>
        options.Provider == DatabaseProvider.Sqlite
            ? await StartupLock.AcquireSqliteAsync(new SqliteConnectionStringBuilder(SqliteConnectionString(options, contentRoot)).DataSource, logger, cancellationToken)
            : await StartupLock.AcquireSqlServerAsync(options.ConnectionString!, logger, cancellationToken);

    internal static string ResolveDataFolder(DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(options.DataFolder, contentRoot);

    internal static string SqliteConnectionString(DatabaseOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(ResolveDataFolder(options, contentRoot), "portal.db")}"
            : options.ConnectionString;
}
