using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>
/// One portal on a real loopback socket (Kestrel, its own temporary SQLite database) and one headless Debian Chromium,
/// shared by every browser test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public KestrelPortal Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go when PORTAL_SCREENSHOTS=1: the test results folder, never committed.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(ResultsFolder(), "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run `apt-get install -y chromium` (./test.sh does this when it can).");
        }

        Portal.StartServer();
        var addresses = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Portal.Dispose();
    }

    /// <summary>A fresh browser context (own cookies and storage) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(Viewport viewport) => await (await NewContextAsync(viewport)).NewPageAsync();

    /// <summary>A fresh browser context at the given viewport width, with or without JavaScript.</summary>
    public async Task<IBrowserContext> NewContextAsync(Viewport viewport, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>
    /// A fresh page signed in as a new user with <paramref name="role"/>: it opens /admin, is sent to the sign-in
    /// page (where <paramref name="atSignInPage"/>, if given, looks at it first), signs in through the form and lands
    /// on the dashboard.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(Viewport viewport, string role = PortalUser.EditorRole, Func<IPage, Task>? atSignInPage = null)
    {
        var email = $"can-bo-{viewport.Name}-{Guid.NewGuid():N}@example.org";
        await Portal.CreateUserAsync(email, role);
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập quản trị");
        if (atSignInPage is not null)
        {
            await atSignInPage(page);
        }

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(AdminClient.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tổng quan");
        return page;
    }

    /// <summary>
    /// An HTTP client over the real socket, signed in as another new editor: for setting data up (or saving behind a
    /// page's back) faster than through the browser. The factory's own clients follow redirects over Kestrel.
    /// </summary>
    public async Task<HttpClient> SignedInClientAsync(string role = PortalUser.EditorRole)
    {
        var email = $"http-{Guid.NewGuid():N}@example.org";
        await Portal.CreateUserAsync(email, role);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(BaseUrl) };
        TestForms.AssertRedirect(await client.SignInAsync(email, AdminClient.Password), "/admin");
        return client;
    }

    private static string ResultsFolder()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_TEST_RESULTS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ThanhMieu.Portal.sln")))
            {
                return Path.Combine(folder.FullName, "TestResults");
            }
        }

        return Path.Combine(Path.GetTempPath(), "thanhmieu-test-results");
    }
}

/// <summary>The portal served by Kestrel on a free loopback port, with its own temporary data folder.</summary>
public sealed class KestrelPortal : PortalFactory
{
    public KestrelPortal() => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
}

public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Phone = new("375", 375, 812, true);
    public static readonly Viewport Desktop = new("1280", 1280, 900, false);

    public override string ToString() => Name;
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
