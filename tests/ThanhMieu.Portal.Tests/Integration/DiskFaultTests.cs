using System.Diagnostics;
using System.Net;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Start-up on a data folder the portal cannot write: read-only from the start, made read-only after use, or on a
/// full disk. Each stops with one clear line and a non-zero exit, never half seeded; once the fault is fixed the next
/// start comes up with the data intact. The folders are small tmpfs mounts (the test runs as root, like CI).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DiskFaultTests
{
    private const int StartupFault = 2;

    [Fact]
    public async Task AReadOnlyDataFolder_StopsTheStartWithOneClearLine()
    {
        using var disk = Tmpfs.Mount("ro,size=1m");

        var (exit, output) = await PortalProcess.RunAsync(disk.Path, []);

        Assert.Equal(StartupFault, exit);
        Assert.Contains("cannot be written", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.Contains("FTL", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderMadeReadOnlyAfterUse_StopsTheStart_AndKeepsItsData()
    {
        using var disk = Tmpfs.Mount("size=64m");
        var count = await StartAndCountArticlesAsync(disk.Path);
        var before = Fingerprint(disk.Path);

        disk.Remount("ro");
        var (exit, output) = await PortalProcess.RunAsync(disk.Path, []);

        Assert.Equal(StartupFault, exit);
        Assert.Contains("cannot be written", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(disk.Path));

        disk.Remount("rw");
        Assert.Equal(count, await StartAndCountArticlesAsync(disk.Path));
    }

    [Fact]
    public async Task AFullDiskAtFirstStart_StopsWithOneClearLine_AndTheNextStartWithSpaceIsFullySeeded()
    {
        using var reference = Tmpfs.Mount("size=64m");
        var seeded = await StartAndCountArticlesAsync(reference.Path);
        using var disk = Tmpfs.Mount("size=300k");

        var (exit, output) = await PortalProcess.RunAsync(disk.Path, []);

        Assert.Equal(StartupFault, exit);
        Assert.Contains("disk may be full", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        disk.Remount("size=64m");
        Assert.Equal(seeded, await StartAndCountArticlesAsync(disk.Path));
    }

    /// <summary>Starts the portal, waits until it is ready, and counts the article links of the news list's pages.</summary>
    private static async Task<int> StartAndCountArticlesAsync(string folder)
    {
        using var portal = PortalProcess.Start(folder);
        await portal.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = portal.Address };
        var links = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= 20; page++)
        {
            var response = await client.GetAsync(page == 1 ? "/tin-tuc" : $"/tin-tuc?trang={page}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            var html = await response.Content.ReadAsStringAsync();
            var found = System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/tin-tuc/(?!chuyen-muc/|the/)[a-z0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
            if (!found.Any(links.Add))
            {
                break;
            }
        }

        Assert.NotEmpty(links);
        return links.Count;
    }

    private static string Fingerprint(string folder) =>
        string.Join(";", Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    /// <summary>A tmpfs mounted on a new temporary folder, unmounted and removed when disposed.</summary>
    private sealed class Tmpfs : IDisposable
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
}
