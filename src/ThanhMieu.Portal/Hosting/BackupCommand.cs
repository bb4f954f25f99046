using Microsoft.Data.Sqlite;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// <c>backup --to FILE</c>: an online copy of the SQLite database through SQLite's backup API, consistent while the
/// portal keeps saving (one snapshot, the write-ahead log included), written beside its target and renamed into place
/// once it passes <c>quick_check</c>. <c>restore --from FILE</c>, with the portal stopped: checks the copy, keeps the
/// current files aside, and puts the copy in place with no stale <c>-wal</c> or <c>-shm</c> beside it.
/// </summary>
public static class BackupCommand
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is Backup or Restore;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync(OperationsText.Backup_OnlySqlite);
            return 2;
        }

        var file = AdminCommand.Option(args, args[0] == Backup ? "--to" : "--from");
        if (string.IsNullOrWhiteSpace(file))
        {
            await Console.Error.WriteLineAsync(OperationsText.Backup_Usage);
            return 2;
        }

        var database = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.SqliteConnectionString(options, app.Environment.ContentRootPath)).DataSource;
        return args[0] == Backup ? await BackupAsync(database, Path.GetFullPath(file)) : await RestoreAsync(database, Path.GetFullPath(file));
    }

    private static async Task<int> BackupAsync(string database, string target)
    {
        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(OperationsText.Backup_TargetExists, target));
            return 1;
        }

        var partial = target + ".partial";
        try
        {
            await using (var source = Open(database, SqliteOpenMode.ReadOnly))
            await using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                await source.OpenAsync();
                await copy.OpenAsync();
                await CopyAsync(source, copy);
            }

            if (await ProblemOfAsync(partial) is { } problem)
            {
                throw new InvalidDataException(problem);
            }

            if (!OperatingSystem.IsWindows())
            {
                // A copy holds what the database holds (accounts, residents' questions): readable by its owner only.
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(partial, target);
            Console.WriteLine(VietnameseFormat.Text(OperationsText.Backup_Done, database, target, new FileInfo(target).Length.ToString("N0", VietnameseFormat.Culture)));
            return 0;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            File.Delete(partial);
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(OperationsText.Backup_Failed, e.Message));
            return 1;
        }
    }

    private static async Task<int> RestoreAsync(string database, string source)
    {
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(OperationsText.Restore_NotFound, source));
            return 1;
        }

        if (await ProblemOfAsync(source) is { } problem)
        {
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(OperationsText.Restore_NotPortal, source, problem));
            return 1;
        }

        // The current file and its -wal/-shm go aside together: a -wal left beside a restored file would be replayed
        // into it, and the database would no longer pass its integrity check.
        var folder = Path.GetDirectoryName(database)!;
        Directory.CreateDirectory(folder);
        var kept = database + ".before-restore-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        foreach (var suffix in SqliteStartup.FileSuffixes.Where(s => File.Exists(database + s)))
        {
            File.Move(database + suffix, kept + suffix);
        }

        var incoming = database + ".restoring";
        File.Copy(source, incoming, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(incoming, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(incoming, database);
        Console.WriteLine(VietnameseFormat.Text(OperationsText.Restore_Done, database, source, kept));
        return 0;
    }

    /// <summary>
    /// Copies in one step: SQLite answers "busy" while a save holds the file for a moment (or a checkpoint runs); the
    /// copy is then tried again, for up to half a minute.
    /// </summary>
    private static async Task CopyAsync(SqliteConnection source, SqliteConnection copy)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                source.BackupDatabase(copy);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Why a file is not a sound copy of the portal's database, or null when it is.</summary>
    private static async Task<string?> ProblemOfAsync(string path)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check(1)";
            if (await check.ExecuteScalarAsync() as string != "ok")
            {
                return "quick_check";
            }

            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            return Convert.ToInt64(await history.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0 ? "__EFMigrationsHistory" : null;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
}
