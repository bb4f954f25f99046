using System.Diagnostics;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>A tmpfs mounted on a new temporary folder, unmounted and removed when disposed.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static Tmpfs Mount(string options)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "thanhmieu-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path);
        return new Tmpfs(path);
    }

    /// <summary>Fills the free space with one file (its path returned, to delete to free the space again).</summary>
    public string Fill()
    {
        var file = System.IO.Path.Combine(Path, "filler");
        var block = new byte[1 << 16];
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // The disk is full.
        }

        return file;
    }

    public void Remount(string options) => Run("mount", "-o", "remount," + options, Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", Path);
        Directory.Delete(Path);
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} (these tests need root, as CI has)");
    }
}
