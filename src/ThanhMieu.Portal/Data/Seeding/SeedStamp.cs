using System.Security.Cryptography;

namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>
/// The seed content and content corrections this build carries, as one number. Once seeding and the corrections
/// have run on a SQLite database, the number is kept in the file's header (<c>PRAGMA user_version</c>, which EF Core
/// does not use), so a restart of the same build skips both with one read; a new build, or a file restored from an
/// older one, runs them again. See docs/decisions/0013-seed-stamp-in-the-sqlite-header.md.
/// </summary>
public static class SeedStamp
{
    private static readonly string[] Prefixes = ["SeedContent/", "ContentCorrections/"];

    /// <summary>A positive number from the SHA-256 of every embedded seed and corrections file, names included.</summary>
    public static int Current { get; } = Compute();

    public static async Task<int> ReadAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Database.SqlQueryRaw<int>("SELECT user_version AS \"Value\" FROM pragma_user_version").ToListAsync(cancellationToken)).Single();

    public static async Task WriteAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        // A PRAGMA takes no parameters; the value is this build's own number, never input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"PRAGMA user_version = {Current.ToString(System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken);
#pragma warning restore EF1002

    private static int Compute()
    {
        var assembly = typeof(SeedStamp).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => Prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))
            .Select(n => (Resource: n, Key: n.Replace('\\', '/')))
            .OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name.Key + "\n"));
            using var stream = assembly.GetManifestResourceStream(name.Resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.ToArray());
        }

        // 0 is a file that never had a stamp; keep the number positive and non-zero.
        return (BitConverter.ToInt32(hash.GetHashAndReset(), 0) & int.MaxValue) | 1;
    }
}
