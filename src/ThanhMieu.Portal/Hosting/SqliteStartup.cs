using Microsoft.Data.Sqlite;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// A fault that keeps the portal from starting, said in one line for the operator (what is wrong and what to do),
/// without a stack trace; the process then exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class StartupFaultException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const int ExitCode = 2;
}

/// <summary>
/// The checks and repairs an embedded SQLite database needs before the portal serves from it: a private data folder
/// (0700) and file (0600), no empty file taken for a new portal once the folder has been in use, no stale migration
/// lock from a start that was killed, and an integrity check. Each fault becomes a <see cref="StartupFaultException"/>.
/// </summary>
public static partial class SqliteStartup
{
    public const string FileName = "portal.db";

    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The suffixes of one database's files: the file, its write-ahead log and its shared memory.</summary>
    public static readonly string[] FileSuffixes = ["", "-wal", "-shm"];

    /// <summary>Folders beside the database that only a portal in use has filled: sign-in keys and uploads.</summary>
    private static readonly string[] InUseFolders = ["keys", "media"];

    /// <summary>
    /// Creates the data folder (0700) or makes an existing one private, and refuses an empty database file in a folder
    /// that has been in use. The file itself is left to SQLite to create (EF Core then sets WAL mode), and made private
    /// by <see cref="SecureFiles"/> once it exists; the folder's mode keeps it from others meanwhile.
    /// </summary>
    public static void PrepareFolder(string folder, ILogger logger)
    {
        var database = Path.Combine(folder, FileName);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                return;
            }

            Directory.CreateDirectory(folder, PrivateFolder);
            MakePrivate(folder, PrivateFolder, logger);
            if (File.Exists(database) && new FileInfo(database).Length == 0)
            {
                RefuseOrDiscardEmptyFile(folder, database, logger);
            }

            SecureFiles(folder, logger);

            // SQLite opens a database it cannot write read-only when its -wal and -shm exist (a killed run leaves
            // them), and the portal would then start and fail every save: try a write before anything else.
            var probe = Path.Combine(folder, ".write-check");
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupFaultException(
                $"The data folder {folder} cannot be written ({e.Message}). Give the portal's user write access to it, or free disk space, then start again.", e);
        }
    }

    /// <summary>Makes the database file and its -wal and -shm readable by the portal's user only (0600).</summary>
    public static void SecureFiles(string folder, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var database = Path.Combine(folder, FileName);
        foreach (var file in FileSuffixes.Select(suffix => database + suffix).Where(File.Exists))
        {
            MakePrivate(file, PrivateFile, logger);
        }
    }

    /// <summary>
    /// Puts the database in write-ahead-log mode (readers never wait for a save, and a backup can run during saves).
    /// EF Core does this when it creates the file; this covers a file created otherwise. The mode is kept in the file.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal'", cancellationToken);

    /// <summary>
    /// Removes EF Core's migration lock when a start was killed while holding it (every later start would otherwise
    /// wait for it for ever, silently). Called only under the <see cref="StartupLock"/>, which every start on this file
    /// takes first: a lock row found then belongs to no running process, and is stale.
    /// </summary>
    public static async Task ClearStaleMigrationLockAsync(PortalDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .ToListAsync(cancellationToken);
        if (tables.Count > 0 && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken) > 0)
        {
            LogStaleLockRemoved(logger);
        }
    }

    /// <summary>Refuses a database file that SQLite's quick check finds damaged.</summary>
    public static async Task CheckIntegrityAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var result = await db.Database.SqlQueryRaw<string>("PRAGMA quick_check(1)").ToListAsync(cancellationToken);
        if (result is not ["ok"])
        {
            throw new StartupFaultException(
                $"The database file is damaged (SQLite quick_check: {string.Join("; ", result)}). Stop the portal and restore {FileName} from the last backup (see docs/operations.md); the damaged file is left as it is.");
        }
    }

    /// <summary>A SQLite error met while opening, migrating or seeding, said as what the operator should do.</summary>
    public static StartupFaultException Explain(SqliteException e, string folder) => e.SqliteErrorCode switch
    {
        8 => new($"The database in {folder} is read-only ({e.Message}). Give the portal's user write access to the folder and its files.", e),
        10 or 13 => new($"The database in {folder} could not be written: the disk may be full ({e.Message}). Free space, then start again; nothing was half saved.", e),
        11 or 26 => new($"{Path.Combine(folder, FileName)} is not a SQLite database or is damaged ({e.Message}). Stop the portal and restore {FileName} from the last backup (see docs/operations.md).", e),
        14 => new($"The database file in {folder} cannot be opened ({e.Message}). Check that the folder exists and the portal's user may write to it.", e),
        _ => new($"The database in {folder} failed at start-up ({e.Message}).", e),
    };

    private static void RefuseOrDiscardEmptyFile(string folder, string database, ILogger logger)
    {
        // A start killed before SQLite wrote its first page leaves an empty file: that is a new portal. An empty file
        // in a folder that already holds sign-in keys or uploads is a lost database, and is never seeded over.
        var used = InUseFolders.Select(name => Path.Combine(folder, name))
            .Any(path => Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any());
        if (used)
        {
            throw new StartupFaultException(
                $"{database} is empty (0 bytes), but this data folder has been in use (it holds keys or uploads). Restore {FileName} from the last backup (see docs/operations.md); the portal does not start a new, empty database here, which would lose every account and edit.");
        }

        File.Delete(database);
        LogEmptyFileDiscarded(logger, database);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakePrivate(string path, UnixFileMode mode, ILogger logger)
    {
        var current = File.GetUnixFileMode(path);
        if ((current & ~mode) != 0)
        {
            File.SetUnixFileMode(path, current & mode);
            LogMadePrivate(logger, path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed a migration lock left by a start that did not finish; migrating now")]
    private static partial void LogStaleLockRemoved(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed the empty database file {Path} left by a first start that did not finish")]
    private static partial void LogEmptyFileDiscarded(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Made {Path} readable by the portal's user only")]
    private static partial void LogMadePrivate(ILogger logger, string path);
}
