using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ThanhMieu.Portal.Data;

namespace ThanhMieu.Portal.Tests.Data;

/// <summary>
/// Both providers' migrations are kept in step with the model, and the SQL Server ones produce valid T-SQL,
/// all without a database server.
/// </summary>
public sealed class MigrationsTests
{
    private const string OfflineSqlServer = "Server=127.0.0.1,1;Database=ThanhMieuPortal;User Id=sa;Password=unused;TrustServerCertificate=true";

    internal static SqlServerPortalDbContext CreateSqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer(OfflineSqlServer).Options);

    internal static SqlitePortalDbContext CreateSqliteContext() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = CreateSqliteContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for SqlitePortalDbContext.");
    }

    [Fact]
    public void SqlServer_HasNoPendingModelChanges()
    {
        using var db = CreateSqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for SqlServerPortalDbContext.");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = CreateSqliteContext();
        using var sqlServer = CreateSqlServerContext();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServer_IdempotentScript_ParsesWithoutErrors()
    {
        using var db = CreateSqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [Articles]", script);
        Assert.Contains("IF NOT EXISTS", script);
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).Count();
        Assert.True(statements > 10, $"only {statements} statements parsed");
    }

    [Fact]
    public void SqlServer_MigrationsAreTheSqlServerSet()
    {
        using var db = CreateSqlServerContext();
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.All(migrations.Values, type => Assert.EndsWith(".Migrations.SqlServer", type.Namespace, StringComparison.Ordinal));
    }
}
