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

    [Fact]
    public async Task ChildRowStamps_GiveRowsSavedBeforeThemAStampOfTheirOwn_ThatASaveMatches()
    {
        var path = Path.Combine(Path.GetTempPath(), $"migration-stamps-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options;
            await using (var db = new SqlitePortalDbContext(options))
            {
                await db.GetService<IMigrator>().MigrateAsync("PicturesAndGallery");
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "Indicators" ("Name", "Slug", "IsArchived", "CreatedAtUtc", "UpdatedAtUtc", "ConcurrencyStamp", "Group", "Unit", "Description", "IsKeyFigure", "SortOrder")
                    VALUES ('Chỉ số cũ', 'chi-so-cu', 0, '2025-09-01 08:00:00', '2025-09-02 08:00:00', 'A6C0679F-F20D-4266-8B47-00EEB64DC3FE', 0, '', '', 0, 1);
                    INSERT INTO "Observations" ("IndicatorId", "Year", "Value", "Qualifier", "Note", "Source", "SortOrder")
                    VALUES (last_insert_rowid(), 2024, 10, 0, 'cũ', '', 1), (last_insert_rowid(), 2025, 12, 0, 'cũ', '', 2);
                    """);
                await db.Database.MigrateAsync();
            }

            await using (var db = new SqlitePortalDbContext(options))
            {
                var rows = await db.Observations.OrderBy(o => o.Id).ToListAsync();

                Assert.Equal(2, rows.Count);
                Assert.All(rows, r => Assert.NotEqual(Guid.Empty, r.ConcurrencyStamp));
                Assert.NotEqual(rows[0].ConcurrencyStamp, rows[1].ConcurrencyStamp);
                Assert.All(rows, r => Assert.Equal(new DateTime(2025, 9, 2, 8, 0, 0), r.UpdatedAtUtc));

                // The stamp the migration wrote is matched by a save that loaded it: EF reads and writes the same text.
                rows[0].Note = "mới";
                rows[0].ConcurrencyStamp = Guid.NewGuid();
                Assert.Equal(1, await db.SaveChangesAsync());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
