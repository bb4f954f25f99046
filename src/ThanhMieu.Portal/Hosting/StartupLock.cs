using System.Data;
using Microsoft.Data.SqlClient;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Makes the start-up work on one database (checks, migrations, seeding) run in one process at a time, so that two
/// nodes started together migrate once and seed once, and the second finds the work done.
/// EF Core's own migration lock (EF 9+: <c>sp_getapplock</c> on SQL Server, the <c>__EFMigrationsLock</c> row on
/// SQLite) covers only <c>Migrate()</c>: not the seeding after it, and on SQLite a row left by a killed start is never
/// released. Here SQLite gets an operating-system lock on a file beside the database (released by the kernel when its
/// process dies, so never stale), and SQL Server a session application lock held by its own connection.
/// </summary>
public sealed partial class StartupLock : IAsyncDisposable
{
    /// <summary>The SQLite lock file's suffix, beside the database file.</summary>
    public const string FileSuffix = "-startup.lock";

    private const string SqlServerResource = "ThanhMieu.Portal.Startup";
    private const int LinuxWouldBlock = 11;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly FileStream? _file;
    private readonly SqlConnection? _connection;

    private StartupLock(FileStream? file, SqlConnection? connection)
    {
        _file = file;
        _connection = connection;
    }

    /// <summary>Waits (up to two minutes) until no other process is starting on the SQLite file <paramref name="database"/>.</summary>
    public static async Task<StartupLock> AcquireSqliteAsync(string database, ILogger logger, CancellationToken cancellationToken = default)
    {
        var path = database + FileSuffix;
        var folder = Path.GetDirectoryName(path)!;
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        var waited = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (!OperatingSystem.IsWindows())
                {
                    // Like the database: the folder and the file belong to the portal's user alone.
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                else
                {
                    Directory.CreateDirectory(folder);
                }

                // FileShare.None takes an exclusive advisory lock (flock) on Unix, and a sharing lock on Windows.
                return new StartupLock(new FileStream(path, options), null);
            }
            catch (IOException e) when (IsHeldElsewhere(e) && clock.Elapsed < Patience)
            {
                if (!waited)
                {
                    LogWaiting(logger, path);
                    waited = true;
                }

                await Task.Delay(100, cancellationToken);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                throw new StartupFaultException(
                    $"Another portal process has been starting on this database for {Patience.TotalMinutes:0} minutes (it holds {path}). Wait for it, or stop it, then start again.", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StartupFaultException(
                    $"The data folder {folder} cannot be written ({e.Message}). Give the portal's user write access to it, or free disk space, then start again.", e);
            }
        }
    }

    /// <summary>The lock is taken by another process: EWOULDBLOCK from flock on Linux, a sharing violation on Windows.</summary>
    private static bool IsHeldElsewhere(IOException e) => e.HResult is LinuxWouldBlock or WindowsSharingViolation;

    /// <summary>Waits (up to two minutes) until no other node is starting on the SQL Server database of <paramref name="connectionString"/>.</summary>
    public static async Task<StartupLock> AcquireSqlServerAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "sp_getapplock";
            command.CommandType = CommandType.StoredProcedure;
            command.CommandTimeout = (int)Patience.TotalSeconds + 30;
            command.Parameters.AddWithValue("@Resource", SqlServerResource);
            command.Parameters.AddWithValue("@LockMode", "Exclusive");
            command.Parameters.AddWithValue("@LockOwner", "Session");
            command.Parameters.AddWithValue("@LockTimeout", (int)Patience.TotalMilliseconds);
            var result = command.Parameters.Add("@Result", SqlDbType.Int);
            result.Direction = ParameterDirection.ReturnValue;
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (result.Value is int granted && granted >= 0)
            {
                if (granted == 1)
                {
                    LogWaited(logger);
                }

                return new StartupLock(null, connection);
            }

            throw new StartupFaultException(
                $"Another portal node has been starting on this database for {Patience.TotalMinutes:0} minutes (sp_getapplock {SqlServerResource} answered {result.Value}). Wait for it, or stop it, then start again.");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases the lock: the file is closed (not deleted: another process may already wait on it), the connection closed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }

        if (_connection is not null)
        {
            // Closing the session releases its application lock.
            await _connection.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another portal process is starting on this database ({Path}); waiting for it to finish")]
    private static partial void LogWaiting(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waited for another portal node to finish starting on this database")]
    private static partial void LogWaited(ILogger logger);
}
