using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Start-up on the embedded database: a private data folder, a start killed while migrating does not block every later
/// start, and a file that is empty, not a database or damaged stops the portal with one line and a non-zero exit,
/// never a new empty database over a lost one.
/// </summary>
public sealed class StartupFaultTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task DataFolderAndDatabase_AreReadableByThePortalsUserOnly()
    {
        using var portal = new PortalFactory();
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/")).StatusCode);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(portal.DataFolder));
        foreach (var file in Directory.EnumerateFiles(portal.DataFolder, "portal.db*"))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // Write-ahead log: readers and backups never wait for a save.
        Assert.Equal("wal", (await portal.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync())).Single());
    }

    [Fact]
    public async Task AMigrationLockLeftByAKilledFirstStart_IsCleared_AndThePortalComesUp()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            // What a SIGKILL leaves when it lands after EF Core took its lock and before the first migration ran.
            await ExecuteAsync(folder,
                "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);"
                + "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-01-01 00:00:00');");

            using var portal = new PortalFactory(folder);
            var start = Task.Run(() => portal.CreateClient().GetAsync("/"));
            var finished = await Task.WhenAny(start, Task.Delay(TimeSpan.FromMinutes(1)));

            Assert.True(finished == start, "the portal did not start within a minute: the stale lock was waited for");
            Assert.Equal(HttpStatusCode.OK, (await start).StatusCode);
            Assert.Equal(0L, await ScalarAsync(folder, "SELECT count(*) FROM \"__EFMigrationsLock\""));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task AnEmptyDatabaseFile_InAFolderThatHasBeenInUse_StopsTheStart_AndIsNotSeededOver()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "portal.db"), []);
            Directory.CreateDirectory(Path.Combine(folder, "keys"));
            await File.WriteAllTextAsync(Path.Combine(folder, "keys", "key-1.xml"), "<key />");

            var (exit, output) = await PortalProcess.RunAsync(folder, []);

            Assert.Equal(2, exit);
            Assert.Contains("is empty (0 bytes)", output, StringComparison.Ordinal);
            Assert.Contains("Restore portal.db from the last backup", output, StringComparison.Ordinal);
            Assert.Equal(0, new FileInfo(Path.Combine(folder, "portal.db")).Length);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task AnEmptyDatabaseFile_LeftByAnInterruptedFirstStart_IsStartedAfresh()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "portal.db"), []);

            using var portal = new PortalFactory(folder);

            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/dai-hoi")).StatusCode);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task AFileThatIsNotADatabase_StopsTheStartWithOneClearLine()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var garbage = new byte[8192];
            new Random(7).NextBytes(garbage);
            await File.WriteAllBytesAsync(Path.Combine(folder, "portal.db"), garbage);

            var (exit, output) = await PortalProcess.RunAsync(folder, []);

            Assert.Equal(2, exit);
            Assert.Contains("is not a SQLite database or is damaged", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.Equal(garbage, await File.ReadAllBytesAsync(Path.Combine(folder, "portal.db")));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task ADamagedDatabase_IsFoundAtStart_NotByA500OnEveryPage()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var portal = new PortalFactory(folder))
            {
                Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/")).StatusCode);
            }

            SqliteConnection.ClearAllPools();
            await ExecuteAsync(folder, "PRAGMA wal_checkpoint(TRUNCATE);");
            SqliteConnection.ClearAllPools();
            // Overwrite the pages after the first few with garbage, keeping the header: the file still opens.
            var path = Path.Combine(folder, "portal.db");
            var bytes = await File.ReadAllBytesAsync(path);
            var junk = new byte[bytes.Length / 2];
            new Random(11).NextBytes(junk);
            junk.CopyTo(bytes, bytes.Length - junk.Length);
            await File.WriteAllBytesAsync(path, bytes);

            var (exit, output) = await PortalProcess.RunAsync(folder, []);

            Assert.Equal(2, exit);
            Assert.Contains("The portal cannot start", output, StringComparison.Ordinal);
            Assert.Contains("restore portal.db from the last backup", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    private static async Task ExecuteAsync(string folder, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string folder, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
