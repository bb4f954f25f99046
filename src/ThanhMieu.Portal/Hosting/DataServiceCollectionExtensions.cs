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
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((sp, db) => db
                .UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PublicCacheInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<PublicCacheInterceptor>()));
        }

        builder.Services.AddScoped<PortalSeeder>();
        builder.Services.AddScoped<ContentCorrections>();
        return builder;
    }

    /// <summary>
    /// Applies migrations and seeds an empty database, each as configured. On SQLite it first makes the data folder
    /// private, clears a migration lock left by a killed start, skips migrating when nothing is pending, and checks the
    /// file's integrity; a fault is a <see cref="StartupFaultException"/> that says what to do. Seeding also completes
    /// the search entries. All of it runs under a <see cref="StartupLock"/>, one process at a time per database.
    /// </summary>
    public static async Task InitializePortalDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteStartup).FullName!);
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            // Several nodes may start together on one database: one migrates and seeds, the others wait and find it done.
            await using var nodeLock = options.ApplyMigrationsOnStartup || options.SeedOnStartup
                ? await StartupLock.AcquireSqlServerAsync(options.ConnectionString!, logger)
                : null;
            await InitializeAsync(app, options, sqlite: false);
            return;
        }

        var folder = ResolveDataFolder(options, app.Environment.ContentRootPath);
        var database = new SqliteConnectionStringBuilder(SqliteConnectionString(options, app.Environment.ContentRootPath)).DataSource;
        await using var fileLock = await StartupLock.AcquireSqliteAsync(database, logger);
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

            // Derived content like the seed: the search entries of a database from before search, or restored without them.
            await new SearchIndex(db).EnsureAsync();
        }
    }

    internal static string ResolveDataFolder(DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(options.DataFolder, contentRoot);

    internal static string SqliteConnectionString(DatabaseOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(ResolveDataFolder(options, contentRoot), "portal.db")}"
            : options.ConnectionString;
}
