using Microsoft.Data.Sqlite;

namespace ThanhMieu.Portal.Data;

/// <summary>
/// Whether a failed write is the storage's fault (a full disk, a folder made read-only, an I/O error), not the
/// request's: the save did not happen and can be tried again once the operator has fixed the server.
/// </summary>
public static class StorageFaults
{
    /// <summary>SQLite's READONLY (8), IOERR (10) and FULL (13); SQL Server's full filegroup (1105) and full log (9002).</summary>
    public static bool IsStorageFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 8 or 10 or 13 } || e is Microsoft.Data.SqlClient.SqlException { Number: 1105 or 9002 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After a storage fault, lets the SQLite connections go: one that met a full disk or an I/O error can keep failing
    /// after the operator freed space, so the next request opens fresh ones. Harmless for SQL Server.
    /// </summary>
    public static void Recover() => SqliteConnection.ClearAllPools();
}
