using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ThanhMieu.Portal.Bench;

// Load on the public pages with wrk over loopback, against a Release build on a fresh SQLite database: one run of the
// pages alone, then one while an editor creates articles as fast as the portal takes them. Both runs must end with no
// socket errors and no non-2xx answers; every save the editor saw acknowledged must be on the public site afterwards.
var seconds = Args.Int(args, "--duration", 60);
var connections = Args.Int(args, "--connections", 128);
var threads = Args.Int(args, "--threads", 2);
var skipBuild = args.Contains("--no-build");
if (!File.Exists("/usr/bin/wrk"))
{
    Console.Error.WriteLine("wrk is not installed: apt-get install -y wrk");
    return 2;
}

var (project, dll, data) = await Portal.BuildAsync(skipBuild);
const string Email = "load@example.org";
var password = "tai-trong " + Guid.NewGuid().ToString("N");
var failures = new List<string>();
try
{
    await Run.CheckedAsync("dotnet", [dll, "create-admin", "--email", Email, "--Database:DataFolder", data], project,
        new() { ["PORTAL_ADMIN_PASSWORD"] = password, ["ASPNETCORE_ENVIRONMENT"] = "Production" });

    var url = $"http://127.0.0.1:{Ports.Free()}";
    using var server = Run.Start("dotnet", [dll, "--urls", url, "--Database:DataFolder", data], project,
        new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
    try
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Portal.WaitUntilUpAsync(http);
        var paths = await Load.PublicPathsAsync(http);
        Console.WriteLine($"{paths.Count} public pages, each checked 200 first; wrk {threads} threads, {connections} connections, {seconds} s per run.");
        var script = Wrk.Script(paths);

        var pagesOnly = await Wrk.RunAsync(url, script, threads, connections, seconds);
        Console.WriteLine(pagesOnly.Line("Public pages only"));
        failures.AddRange(pagesOnly.Problems("public pages only"));

        using var editor = new Editor(url);
        await editor.SignInAsync(Email, password);
        using var stop = new CancellationTokenSource();
        var saving = editor.SaveUntilAsync(stop.Token);
        var withEditor = await Wrk.RunAsync(url, script, threads, connections, seconds);
        await stop.CancelAsync();
        await saving;
        Console.WriteLine(withEditor.Line("Public pages, an editor saving"));
        failures.AddRange(withEditor.Problems("with an editor saving"));

        var missing = await editor.MissingAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Editor: {editor.Attempted} saves attempted, {editor.Acknowledged.Count} acknowledged (302), {editor.ServerErrors} answered 5xx, "
            + $"{editor.Other} other answers; afterwards {editor.Acknowledged.Count - missing.Count} of {editor.Acknowledged.Count} are on the public site."));
        if (editor.ServerErrors > 0 || editor.Acknowledged.Count == 0)
        {
            failures.Add($"editor: {editor.ServerErrors} saves answered 5xx, {editor.Acknowledged.Count} acknowledged");
        }

        failures.AddRange(missing.Select(slug => $"acknowledged save missing: /tin-tuc/{slug}"));
    }
    finally
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
    }
}
finally
{
    await Task.Delay(200);
    Directory.Delete(data, recursive: true);
}

foreach (var failure in failures)
{
    Console.WriteLine("FAIL " + failure);
}

return failures.Count == 0 ? 0 : 1;

namespace ThanhMieu.Portal.Bench
{
    internal static partial class Load
    {
        private static readonly string[] FixedPages =
        [
            "/", "/gioi-thieu", "/gioi-thieu/to-chuc", "/dai-hoi", "/thanh-tuu", "/muc-tieu", "/di-san", "/tin-tuc", "/tin-tuc?trang=2",
            "/thong-bao", "/lien-he", "/thu-tuc-hanh-chinh", "/van-ban", "/hoi-dap", "/en",
        ];

        /// <summary>The fixed pages, plus every heritage site and the articles of the first news page; each must answer 200.</summary>
        public static async Task<List<string>> PublicPathsAsync(HttpClient http)
        {
            var paths = new List<string>(FixedPages);
            paths.AddRange(Links().Matches(await http.GetStringAsync("/di-san")).Select(m => m.Value[6..^1]).Where(p => p.StartsWith("/di-san/", StringComparison.Ordinal)).Distinct());
            paths.AddRange(Links().Matches(await http.GetStringAsync("/tin-tuc")).Select(m => m.Value[6..^1])
                .Where(p => p.StartsWith("/tin-tuc/", StringComparison.Ordinal) && !p.Contains("/chuyen-muc/", StringComparison.Ordinal) && !p.Contains("/the/", StringComparison.Ordinal))
                .Distinct());
            foreach (var path in paths)
            {
                using var response = await http.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} before the load.");
                }
            }

            return paths.Distinct().ToList();
        }

        [GeneratedRegex("href=\"/[^\"#?]+\"")]
        private static partial Regex Links();
    }

    /// <summary>A signed-in editor creating published articles one after another, noting what was acknowledged.</summary>
    internal sealed class Editor(string url) : IDisposable
    {
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(url),
        };

        public int Attempted { get; private set; }

        public int ServerErrors { get; private set; }

        public int Other { get; private set; }

        public List<string> Acknowledged { get; } = [];

        public Task SignInAsync(string email, string password) => Portal.SignInAsync(_http, email, password);

        public async Task SaveUntilAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                var slug = $"bai-tai-trong-{Attempted + 1}-{Guid.NewGuid():N}"[..40];
                Attempted++;
                try
                {
                    var (status, article) = await Portal.TryNewArticleAsync(_http, $"Bài lưu khi tải nặng {Attempted}", slug);
                    if (article is not null)
                    {
                        Acknowledged.Add(article.Slug);
                    }
                    else if ((int)status >= 500)
                    {
                        ServerErrors++;
                    }
                    else
                    {
                        Other++;
                    }
                }
                catch (HttpRequestException e) when (e.StatusCode is { } status && (int)status >= 500)
                {
                    ServerErrors++;
                }
            }
        }

        /// <summary>The acknowledged articles whose public page does not answer 200.</summary>
        public async Task<List<string>> MissingAsync()
        {
            var missing = new List<string>();
            foreach (var slug in Acknowledged)
            {
                using var response = await _http.GetAsync($"/tin-tuc/{slug}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    missing.Add(slug);
                }
            }

            return missing;
        }

        public void Dispose() => _http.Dispose();
    }
}
