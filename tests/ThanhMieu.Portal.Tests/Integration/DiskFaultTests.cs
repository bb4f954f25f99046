using System.Net;
using Microsoft.EntityFrameworkCore;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

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

    [Fact]
    public async Task ASaveOnAFullDisk_Answers503WithTheTypedTextKept_SavesNothing_AndSavesOnceThereIsSpace()
    {
        using var disk = Tmpfs.Mount("size=48m");
        using var portal = new PortalFactory(System.IO.Path.Combine(disk.Path, "data"));
        var editor = await portal.SignedInClientAsync();
        var fields = await editor.NewArticleFieldsAsync();
        var title = "Bài viết lúc ổ đĩa đầy " + Unique();
        fields["Title"] = title;
        fields["BodyMarkdown"] = string.Concat(Enumerable.Range(1, 700).Select(i => $"Đoạn {i}: phường Thanh Miếu đẩy mạnh chuyển đổi số, cải cách hành chính.\n\n"));
        var filler = disk.Fill();

        var refused = await editor.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var page = await ParseAsync(refused);
        Assert.Contains("Chưa lưu được", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var kept = EditorFields(page);
        Assert.Equal(title, kept["Title"]);
        Assert.Equal(fields["BodyMarkdown"].ReplaceLineEndings("\n"), kept["BodyMarkdown"].ReplaceLineEndings("\n"));
        Assert.False(await portal.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == title)));

        File.Delete(filler);
        var saved = await editor.PostFormAsync(CreateUrl, kept);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == title)));
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
}
