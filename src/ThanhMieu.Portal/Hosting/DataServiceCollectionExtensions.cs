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
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<VersioningInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }

        builder.Services.AddScoped<PortalSeeder>();
        builder.Services.AddScoped<ContentCorrections>();
        return builder;
    }

    /// <summary>Applies migrations and seeds an empty database, each as configured.</summary>
    public static async Task InitializePortalDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(ResolveDataFolder(options, app.Environment.ContentRootPath));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (options.ApplyMigrationsOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        if (options.SeedOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<ContentCorrections>().ApplyAsync();
        }
    }

    internal static string ResolveDataFolder(DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(options.DataFolder, contentRoot);

    internal static string SqliteConnectionString(DatabaseOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(ResolveDataFolder(options, contentRoot), "portal.db")}"
            : options.ConnectionString;
}
