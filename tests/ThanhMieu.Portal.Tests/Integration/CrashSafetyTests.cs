using System.Collections.Concurrent;
using System.Net;
using Xunit.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The portal killed with SIGKILL (no shutdown, nothing flushed) while editors save and while a first start migrates
/// and seeds: the next start comes up on the same data, the file passes <c>PRAGMA integrity_check</c>, every save
/// the portal acknowledged is there with its revision, and nothing is half saved.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const string AdminEmail = "bien-tap-vien@example.org";
    private const string AdminPassword = "mot-cum-tu-du-dai-de-nho";
    private const int Rounds = 3;
    private const int Editors = 3;

    [Fact]
    public async Task KillsDuringBurstsOfSaves_LoseNoAcknowledgedSave_AndHalfSaveNothing()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, created) = await PortalProcess.RunAsync(
                folder, ["create-admin", "--email", AdminEmail], new() { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword });
            Assert.True(exit == 0, created);

            var acknowledged = new ConcurrentDictionary<int, string>();
            var attempted = 0;
            for (var round = 0; round < Rounds; round++)
            {
                using var portal = PortalProcess.Start(folder);
                await portal.WaitUntilReadyAsync(TimeSpan.FromMinutes(1));
                var before = acknowledged.Count;
                using var stop = new CancellationTokenSource();
                using var editor = await SignedInAsync(portal.Address);
                var editors = Enumerable.Range(0, Editors).Select(number => Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var title = $"Tin mất điện {round}-{number}-{ArticleForms.Unique()}";
                        Interlocked.Increment(ref attempted);
                        try
                        {
                            var id = await editor.CreateArticleAsync(f =>
                            {
                                f["Title"] = title;
                                f["BodyMarkdown"] = "Thông báo lịch cắt điện **khu dân cư** số " + round;
                            });
                            acknowledged[id] = title;
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException || stop.IsCancellationRequested)
                        {
                            // The kill cut this save off: it was never acknowledged.
                            return;
                        }
                    }
                })).ToList();

                while (acknowledged.Count < before + 8)
                {
                    Assert.False(editors.Any(e => e.IsFaulted), "an editor failed before the kill");
                    await Task.Delay(25);
                }

                portal.Kill();
                await stop.CancelAsync();
                await Task.WhenAll(editors);
            }

            using var after = new PortalFactory(folder);
            Assert.Equal("ok", (await after.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync())).Single());
            var saved = await after.WithDbAsync(db => db.Articles
                .Where(a => a.Title.StartsWith("Tin mất điện"))
                .Select(a => new { a.Id, a.Title, Revisions = db.ArticleRevisions.Count(r => r.ArticleId == a.Id) })
                .ToListAsync());

            var lost = acknowledged.Where(a => !saved.Any(s => s.Id == a.Key && s.Title == a.Value)).Select(a => a.Value).ToList();
            Assert.True(lost.Count == 0, "acknowledged but lost: " + string.Join(", ", lost));
            Assert.All(saved, article => Assert.Equal(1, article.Revisions));
            Assert.True(saved.Count <= attempted);
            output.WriteLine($"{Rounds} kills; {attempted} saves attempted, {acknowledged.Count} acknowledged, {saved.Count} found, 0 lost");

            // The last start after a kill also serves pages.
            using var client = after.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    /// <summary>Kills at several moments of a first start (creating the file, migrating, seeding), each on a fresh folder.</summary>
    [Theory]
    [InlineData(300)]
    [InlineData(900)]
    [InlineData(1500)]
    [InlineData(2500)]
    public async Task KillDuringTheFirstStart_TheNextStartComesUp_WithEveryPageSeeded(int killAfterMilliseconds)
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var first = PortalProcess.Start(folder))
            {
                await Task.Delay(killAfterMilliseconds);
                first.Kill();
            }

            using var second = PortalProcess.Start(folder);
            await second.WaitUntilReadyAsync(TimeSpan.FromMinutes(1));
            using var client = new HttpClient { BaseAddress = second.Address };
            foreach (var path in new[] { "/", "/dai-hoi", "/thanh-tuu", "/di-san/den-tam-giang", "/tin-tuc" })
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
            }

            second.Kill();
            using var reference = new PortalFactory();
            using var after = new PortalFactory(folder);
            Assert.Equal("ok", (await after.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync())).Single());
            Assert.Equal(
                await reference.WithDbAsync(db => db.Articles.CountAsync()),
                await after.WithDbAsync(db => db.Articles.CountAsync()));
            Assert.Equal(
                await reference.WithDbAsync(db => db.HeritageSites.CountAsync()),
                await after.WithDbAsync(db => db.HeritageSites.CountAsync()));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri address)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await client.SignInAsync(AdminEmail, AdminPassword);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
        return client;
    }
}
