using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Several web nodes on one database, as separate processes of the built portal on loopback: they start together
/// and migrate and seed once; with Redis they share sign-ins (Data Protection keys in the database), the output
/// cache and the word that a save committed (what a node keeps in memory is dropped on every node), and a node keeps
/// serving when Redis goes away.
/// </summary>
public sealed class SeveralNodesTests
{
    private const string AdminEmail = "quan-tri@example.org";
    private const string AdminPassword = "mat-khau-hai-nut-dai";
    private const string Origin = "https://portal.example";
    private const string OldHost = "tiencat.example.gov.vn";
    private const string Form = "main form[method=post]";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(45);

    /// <summary>
    /// The message of a save crosses Redis a moment after the save's answer, not in step with it: a node is asked
    /// again for this long, far below the expiries its memory would otherwise wait for (a minute, five minutes).
    /// </summary>
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(2);

    /// <summary>How long a node's client may take to reconnect to a Redis that is back (its retry backs off).</summary>
    private static readonly TimeSpan Reconnection = TimeSpan.FromSeconds(40);

    /// <summary>
    /// A process of the test's build reads no appsettings.json (its content root is the data folder): the portal's
    /// own log lines go to the console, the framework's only from warnings up.
    /// </summary>
    private static readonly Dictionary<string, string> ConsoleLog = new()
    {
        ["Serilog__WriteTo__0__Name"] = "Console",
        ["Serilog__MinimumLevel__Default"] = "Information",
        ["Serilog__MinimumLevel__Override__Microsoft"] = "Warning",
        ["Serilog__MinimumLevel__Override__System"] = "Warning",
    };

    [Fact]
    public async Task TwoNodesStartedTogetherOnAFreshDatabase_BothComeUp_MigrateOnce_AndSeedOnce()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var a = PortalProcess.Start(folder))
            using (var b = PortalProcess.Start(folder))
            {
                await Task.WhenAll(a.WaitUntilReadyAsync(Startup), b.WaitUntilReadyAsync(Startup));
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(a.Address, "/tin-tuc"))).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(b.Address, "/tin-tuc"))).StatusCode);
            }

            using var reference = new PortalFactory();
            using var shared = new PortalFactory(folder);
            var history = await shared.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS Value FROM \"__EFMigrationsHistory\"").ToListAsync());
            Assert.Equal(await reference.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())), history);
            Assert.Equal(await reference.WithDbAsync(db => db.Articles.CountAsync()), await shared.WithDbAsync(db => db.Articles.CountAsync()));
            Assert.Equal(await reference.WithDbAsync(db => db.Observations.CountAsync()), await shared.WithDbAsync(db => db.Observations.CountAsync()));
            Assert.Equal(await reference.WithDbAsync(db => db.AuditEntries.CountAsync()), await shared.WithDbAsync(db => db.AuditEntries.CountAsync()));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task ANodeStartingWhileAnotherHoldsTheStartupLock_WaitsForIt_ThenComesUp()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var held = await StartupLock.AcquireSqliteAsync(Path.Combine(folder, SqliteStartup.FileName), NullLogger.Instance);
            using var portal = PortalProcess.Start(folder, ConsoleLog);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(4));
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
                await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(portal.Address, "/health/live")));
                Assert.False(File.Exists(Path.Combine(folder, SqliteStartup.FileName)), "the waiting node touched the database");
            }
            finally
            {
                await held.DisposeAsync();
            }

            await portal.WaitUntilReadyAsync(Startup);
            Assert.Contains("Another portal process is starting on this database", await KillAndReadAsync(portal), StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task SignInOnA_WorksOnB_EditsOnB_ShowOnA_AndAKeepsServingWhenRedisStops_AndCatchesUpWhenItIsBack()
    {
        using var redis = await RedisServer.StartAsync();
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, created) = await PortalProcess.RunAsync(folder, ["create-admin", "--email", AdminEmail], new() { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword });
            Assert.True(exit == 0, created);

            var environment = new Dictionary<string, string>(ConsoleLog)
            {
                ["ConnectionStrings__Redis"] = redis.ConnectionString,
                ["Hosting__PublicBaseUrl"] = Origin,
            };
            using var a = PortalProcess.Start(folder, environment);
            using var b = PortalProcess.Start(folder, environment);
            await Task.WhenAll(a.WaitUntilReadyAsync(Startup), b.WaitUntilReadyAsync(Startup));

            // One browser: cookies are kept per host, not per port, so what A set is what B is sent.
            var cookies = new CookieContainer();
            using var onA = Browser(a.Address, cookies);
            using var onB = Browser(b.Address, cookies);
            using var anonymousOnA = new HttpClient { BaseAddress = a.Address, Timeout = TimeSpan.FromSeconds(10) };

            var signIn = await onA.SignInAsync(AdminEmail, AdminPassword);
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"sign-in on A answered {(int)signIn.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/admin")).StatusCode);

            var title = "Thông báo hai nút " + ArticleForms.Unique();
            Assert.DoesNotContain(title, await anonymousOnA.GetStringAsync("/tin-tuc"), StringComparison.Ordinal);
            var id = await onB.CreatePublishedAsync(title, "Lịch **tiếp dân** tuần này.");
            Assert.Contains(title, await anonymousOnA.GetStringAsync("/tin-tuc"), StringComparison.Ordinal);

            var edited = title + " (đã sửa)";
            var edit = await onB.EditArticleAsync(id, f => f["Title"] = edited);
            Assert.True(edit.StatusCode == HttpStatusCode.Redirect, $"edit on B answered {(int)edit.StatusCode}");
            Assert.Contains(edited, await anonymousOnA.GetStringAsync("/tin-tuc"), StringComparison.Ordinal);

            // The settings live in each node's memory (five minutes) besides the cached pages: A has read them above.
            var phone = await SaveSettingsAsync(onB);
            await AssertEventuallyAsync(async () => FooterPhone(await anonymousOnA.GetStringAsync("/tin-tuc")) == phone, "A's footer did not show the phone saved on B");

            // So do the old hosts' redirects (a minute): A has read them (none) at the first request under the old host.
            using var oldHostOnA = Browser(a.Address, new CookieContainer());
            Assert.Equal(HttpStatusCode.OK, (await GetUnderOldHostAsync(oldHostOnA)).StatusCode);
            var redirect = await onB.SubmitAsync("/admin/chuyen-huong/tao", Form, new Dictionary<string, string>
            {
                ["Form.FromHost"] = OldHost,
                ["Form.FromPath"] = "",
                ["Form.ToPath"] = "/gioi-thieu",
            });
            Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"the redirect saved on B answered {(int)redirect.StatusCode}");
            await AssertEventuallyAsync(
                async () => (await GetUnderOldHostAsync(oldHostOnA)).Headers.Location?.OriginalString == Origin + "/gioi-thieu",
                "A did not send the old host to the page the redirect saved on B names");

            Assert.Equal(HttpStatusCode.OK, (await anonymousOnA.GetAsync("/")).StatusCode);
            Assert.True(
                await redis.CountKeysAsync(ScaleOutExtensions.RedisInstanceName + "*") > 0,
                "no page of A was cached in Redis: the output cache (UseOutputCache) must be in the pipeline for the shared store to serve");
            redis.Stop();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await anonymousOnA.GetAsync(i % 2 == 0 ? "/" : "/tin-tuc")).StatusCode);
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"20 pages took {clock.Elapsed} with Redis down");

            // A save while Redis is down still saves; A cannot hear of it, and drops its memory once Redis is back.
            var phoneInOutage = await SaveSettingsAsync(onB);
            Assert.NotEqual(phoneInOutage, FooterPhone(await anonymousOnA.GetStringAsync("/tin-tuc")));
            await redis.StartAgainAsync();
            await AssertEventuallyAsync(
                async () => FooterPhone(await anonymousOnA.GetStringAsync("/tin-tuc")) == phoneInOutage,
                "A's footer did not show the phone saved on B during the outage once Redis was back",
                Reconnection);

            var output = await KillAndReadAsync(a);
            Assert.Contains("The shared output cache (Redis) is unavailable", output, StringComparison.Ordinal);
            Assert.Contains("The Redis channel of the other nodes' saves is lost", output, StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    /// <summary>Saves a new phone number on the settings screen; returns it.</summary>
    private static async Task<string> SaveSettingsAsync(HttpClient admin)
    {
        var phone = "0210 3" + Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await admin.SubmitAsync("/admin/cai-dat", Form, new Dictionary<string, string> { ["Form.Phone"] = phone });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"the settings saved on B answered {(int)saved.StatusCode}");
        return phone;
    }

    /// <summary>The footer's phone number as it is written (its tel: link's text).</summary>
    private static string? FooterPhone(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector(".site-footer a[href^='tel:']")?.TextContent.Trim();

    private static async Task<HttpResponseMessage> GetUnderOldHostAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = OldHost;
        return await client.SendAsync(request);
    }

    private static async Task AssertEventuallyAsync(Func<Task<bool>> condition, string message, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < (within ?? Delivery), message);
            await Task.Delay(50);
        }
    }

    private static HttpClient Browser(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<string> KillAndReadAsync(RunningPortal portal)
    {
        portal.Kill();
        return await portal.OutputAsync();
    }
}
