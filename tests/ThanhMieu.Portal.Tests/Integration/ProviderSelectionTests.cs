using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ThanhMieu.Portal.Data;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class ProviderSelectionTests
{
    [Fact]
    public async Task SqlServerProvider_SelectsSqlServerAndItsMigrations()
    {
        // No SQL Server can run here: start the app without touching the database and inspect what it would use.
        using var factory = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=127.0.0.1,1;Database=ThanhMieuPortal;User Id=sa;Password=unused;TrustServerCertificate=true",
            ["Database:ApplyMigrationsOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
        });

        var (contextType, provider, migrationNamespaces) = await factory.WithDbAsync(db => Task.FromResult((
            db.GetType(),
            db.Database.ProviderName,
            db.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList())));

        Assert.Equal(typeof(SqlServerPortalDbContext), contextType);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", provider);
        Assert.Equal(["ThanhMieu.Portal.Data.Migrations.SqlServer"], migrationNamespaces);
    }

    [Fact]
    public async Task DefaultProvider_IsSqliteInTheDataFolder()
    {
        using var factory = new PortalFactory();

        var (contextType, dataSource, migrationNamespaces) = await factory.WithDbAsync(db => Task.FromResult((
            db.GetType(),
            db.Database.GetDbConnection().DataSource,
            db.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList())));

        Assert.Equal(typeof(SqlitePortalDbContext), contextType);
        Assert.Equal(Path.Combine(factory.DataFolder, "portal.db"), dataSource);
        Assert.Equal(["ThanhMieu.Portal.Data.Migrations.Sqlite"], migrationNamespaces);
    }

    [Fact]
    public void SqlServerProvider_WithoutConnectionString_FailsAtStartWithAClearMessage()
    {
        using var factory = new PortalFactory(null, new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Database:ConnectionString is required", error.ToString(), StringComparison.Ordinal);
    }
}
