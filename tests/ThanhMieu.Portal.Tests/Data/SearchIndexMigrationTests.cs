using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ThanhMieu.Portal.Tests.Data;

/// <summary>Both providers' migrations carry the search index (ADR 0007): FTS5 on SQLite, full-text (or the fallback) on SQL Server.</summary>
public sealed class SearchIndexMigrationTests
{
    [Fact]
    public void SqlServer_SiteSearchMigration_CreatesTheFullTextIndexWhereAvailable_AndItsScriptParses()
    {
        using var db = MigrationsTests.CreateSqlServerContext();
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var siteSearch = all.Single(m => m.EndsWith("_SiteSearch", StringComparison.Ordinal));
        var script = migrator.GenerateScript(fromMigration: all[all.IndexOf(siteSearch) - 1], toMigration: siteSearch, options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [SearchEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX ON [SearchEntries] ([FoldedTitle], [FoldedText], [Title], [Text])", script, StringComparison.Ordinal);
        Assert.Contains("IsFullTextInstalled", script, StringComparison.Ordinal);
        Assert.Contains("ACCENT_SENSITIVITY = ON", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_Migrations_CreateTheFts5Table_KeptInStepByTriggers()
    {
        var folder = Integration.PortalFactory.CreateTempFolder();
        try
        {
            var options = new DbContextOptionsBuilder<ThanhMieu.Portal.Data.SqlitePortalDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "t.db")}").Options;
            await using var db = new ThanhMieu.Portal.Data.SqlitePortalDbContext(options);
            await db.Database.MigrateAsync();

            db.SearchEntries.Add(new() { Title = "Đền Tam Giang", Text = "Ngôi đền", FoldedTitle = "den tam giang", FoldedText = "ngoi den" });
            await db.SaveChangesAsync();
            var folded = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH 'FoldedTitle : \"gi\"*'").SingleAsync();
            var exact = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '{{Title Text}} : \"đền\"'").SingleAsync();
            var plain = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '{{Title Text}} : \"den\"'").SingleAsync();
            await db.SearchEntries.ExecuteDeleteAsync();
            var afterDelete = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM SearchIndex WHERE SearchIndex MATCH '\"giang\"'").SingleAsync();

            Assert.Equal((1, 1, 0, 0), (folded, exact, plain, afterDelete));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
