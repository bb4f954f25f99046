using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Several web nodes on one database, as separate processes of the built portal on loopback: they start together
/// and migrate and seed once; with Redis they share sign-ins (Data Protection keys in the database) and the output
/// cache, and a node keeps serving when Redis goes away.
/// </summary>
public sealed class SeveralNodesTests
{
    private const string AdminEmail = "quan-tri@example.org";
    private const string AdminPassword = "mat-khau-hai-nut-dai";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(45);

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
    public async Task SignInOnA_WorksOnB_AnEditOnB_ShowsOnA_AndAKeepsServingWhenRedisStops()
    {
        using var redis = await RedisServer.StartAsync();
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, created) = await PortalProcess.RunAsync(folder, ["create-admin", "--email", AdminEmail], new() { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword });
            Assert.True(exit == 0, created);

            var environment = new Dictionary<string, string>(ConsoleLog) { ["ConnectionStrings__Redis"] = redis.ConnectionString };
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
            Assert.Contains("The shared output cache (Redis) is unavailable", await KillAndReadAsync(a), StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
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
