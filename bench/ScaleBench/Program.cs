using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ThanhMieu.Portal.Bench;

// Throughput against the physical floor: publishes the portal and a bare static-file app in Release, fills a SQLite
// database with the large dataset, and runs wrk (64 connections on loopback) against one target after another,
// printing requests/s, the ratio to the floor, p50, p99 and the server's peak memory. See README.md.
if (!File.Exists("/usr/bin/wrk"))
{
    Console.Error.WriteLine("wrk is not installed: apt-get install -y wrk");
    return 1;
}

var seconds = Args.Int(args, "--duration", 10);
var warmup = Args.Int(args, "--warmup", 2);
var connections = Args.Int(args, "--connections", 64);
var threads = Args.Int(args, "--threads", 2);
var rounds = Args.Int(args, "--rounds", 3);
var settle = Args.Int(args, "--settle", 10);
var skipBuild = args.Contains("--no-build");
var total = Stopwatch.StartNew();

var root = Paths.RepositoryRoot();
var published = Path.Combine(root, "bench", "ScaleBench", "bin", "published");
var portalFolder = Path.Combine(published, "portal");
var floorFolder = Path.Combine(published, "floor");
if (!skipBuild)
{
    // The production build (Release, ReadyToRun), as docs/operations.md deploys it.
    await Run.CheckedAsync("dotnet", ["publish", Path.Combine(root, "src", "ThanhMieu.Portal"), "-p:PublishProfile=linux-x64", "-o", portalFolder, "--nologo", "-v", "quiet"], root);
    await Run.CheckedAsync("dotnet", ["publish", Path.Combine(root, "bench", "FloorApp"), "-c", "Release", "-o", floorFolder, "--nologo", "-v", "quiet"], root);
    Console.WriteLine($"Published the portal and the floor app in Release ({total.Elapsed.TotalSeconds:F0} s).");
}

var data = Path.Combine(Path.GetTempPath(), "thanhmieu-bench", Guid.NewGuid().ToString("N"));
var floorRoot = Path.Combine(data, "floor-root");
Directory.CreateDirectory(floorRoot);
var database = Path.Combine(data, "portal.db");
var portalDll = Path.Combine(portalFolder, "ThanhMieu.Portal.dll");
Dictionary<string, string> environment = new()
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    // One client asking far more often than the search and API rate limits allow a person.
    ["RateLimits__GeneralPerAddress"] = "1000000",
};
var results = new List<(string Name, string Path, WrkResult Result, long PeakKb)>();

try
{
    // The first start migrates and seeds; the large dataset is then written beside the seed.
    await using (var first = await Server.StartAsync(portalDll, portalFolder, data, environment))
    {
    }

    var watch = Stopwatch.StartNew();
    Dataset.AddArticles(database, 10_000);
    Dataset.AddScaleRows(database, indicators: 50, years: 10, sites: 200, auditEntries: 100_000);
    Console.WriteLine($"Large dataset written in {watch.Elapsed.TotalSeconds:F1} s: 10,000 articles, 50 indicators x 10 years, 200 heritage sites and festivals, 100,000 audit entries.");

    string article;
    string asset;
    await using (var portal = await Server.StartAsync(portalDll, portalFolder, data, environment))
    {
        Console.WriteLine($"Portal up on the large dataset in {portal.StartSeconds:F1} s (search index rebuilt).");
        var home = await portal.Http.GetByteArrayAsync("/");
        await File.WriteAllBytesAsync(Path.Combine(floorRoot, "home.html"), home);
        asset = await Targets.ClosestAssetAsync(portal.Http, home.Length);
        article = await Targets.FirstArticleAsync(portal.Http);
        Console.WriteLine($"Home page: {home.Length:N0} bytes; the portal's static file of about that size: {asset}; article: {article}.");

        // The bare app also serves a copy of the portal's asset, so that file is compared with the same bytes too.
        var assetCopy = "/asset" + Path.GetExtension(asset);
        await File.WriteAllBytesAsync(Path.Combine(floorRoot, assetCopy.TrimStart('/')), await portal.Http.GetByteArrayAsync(asset));
        var search = "/tim-kiem?q=" + Uri.EscapeDataString("phát triển");
        await SettleAsync(portal, [asset, "/", article, "/tin-tuc?trang=500", search, "/api/v1/articles"]);
        await using (var floor = await Server.StartFloorAsync(Path.Combine(floorFolder, "FloorApp.dll"), floorFolder, floorRoot))
        {
            await SettleAsync(floor, ["/home.html", assetCopy]);
            results.Add(await MeasureAsync(floor, "floor: bare UseStaticFiles, home bytes", "/home.html"));

            // The same bytes from both apps in alternating runs, each app's median kept: a disturbance of the machine
            // during one run then weighs on both sides of the ratio, not on one.
            var runs = new List<(string Name, string Path, WrkResult Result, long PeakKb)>[] { [], [] };
            for (var round = 0; round < rounds; round++)
            {
                runs[0].Add(await MeasureAsync(floor, "bare UseStaticFiles, the asset's bytes", assetCopy));
                runs[1].Add(await MeasureAsync(portal, "portal static file", asset));
            }

            results.AddRange(runs.Select(r => r.OrderBy(m => m.Result.PerSecond).ElementAt(r.Count / 2)));
        }

        results.Add(await MeasureAsync(portal, "home (cached)", "/"));
        results.Add(await MeasureAsync(portal, "article (cached)", article));
        results.Add(await MeasureAsync(portal, "news list page 500", "/tin-tuc?trang=500"));
        results.Add(await MeasureAsync(portal, "search", search));
        results.Add(await MeasureAsync(portal, "API (articles)", "/api/v1/articles"));
    }

    await using (var uncached = await Server.StartAsync(portalDll, portalFolder, data, new(environment) { ["Portal__OutputCaching__Enabled"] = "false" }))
    {
        await SettleAsync(uncached, [article]);
        results.Add(await MeasureAsync(uncached, "article, output caching off", article));
    }

    Report.Print(results, connections, seconds);
    Console.WriteLine($"Whole run: {total.Elapsed.TotalSeconds:F0} s.");
    // A target with no answer at all within wrk's timeout (10 s) failed too.
    return results.Any(r => r.Result.NonSuccess > 0 || r.Result.SocketErrors > 0 || r.Result.Requests == 0) ? 1 : 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    await Task.Delay(200);
    Directory.Delete(data, recursive: true);
}

// Right after its start a server runs ReadyToRun code and tier-0 JIT code until the runtime has recompiled the hot
// methods, which takes seconds under load: an untimed run over all of its targets first, so each is measured settled.
async Task SettleAsync(Server server, IReadOnlyList<string> paths)
{
    if (settle <= 0)
    {
        return;
    }

    var script = Wrk.Script(paths);
    try
    {
        await Wrk.RunAsync(server.Url, script, threads, connections, settle);
    }
    finally
    {
        File.Delete(script);
    }
}

async Task<(string Name, string Path, WrkResult Result, long PeakKb)> MeasureAsync(Server server, string name, string path)
{
    using (var check = await server.Http.GetAsync(path))
    {
        if (check.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)check.StatusCode} before the load.");
        }
    }

    var script = Wrk.Script([path]);
    try
    {
        if (warmup > 0)
        {
            await Wrk.RunAsync(server.Url, script, threads, connections, warmup);
        }

        var result = await Wrk.RunAsync(server.Url, script, threads, connections, seconds);
        Console.WriteLine(result.Line(name));
        return (name, path, result, server.PeakKb());
    }
    finally
    {
        File.Delete(script);
    }
}

namespace ThanhMieu.Portal.Bench
{
    /// <summary>A server process on a free loopback port, killed when disposed.</summary>
    internal sealed class Server(Process process, string url) : IAsyncDisposable
    {
        public string Url => url;

        /// <summary>From the process's start until the portal answered.</summary>
        public double StartSeconds { get; private set; }

        public HttpClient Http { get; } = new() { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

        public static async Task<Server> StartAsync(string dll, string folder, string data, Dictionary<string, string> environment)
        {
            var url = $"http://127.0.0.1:{Ports.Free()}";
            var clock = Stopwatch.StartNew();
            var server = new Server(Run.Start("dotnet", [dll, "--urls", url, "--Database:DataFolder", data], folder, environment), url);
            await Portal.WaitUntilUpAsync(server.Http);
            server.StartSeconds = clock.Elapsed.TotalSeconds;
            return server;
        }

        public static async Task<Server> StartFloorAsync(string dll, string folder, string root)
        {
            var url = $"http://127.0.0.1:{Ports.Free()}";
            var server = new Server(Run.Start("dotnet", [dll, "--urls", url, "--root", root], folder), url);
            for (var attempt = 0; attempt < 150; attempt++)
            {
                try
                {
                    using var response = await server.Http.GetAsync("/home.html");
                    if (response.IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(200);
            }

            throw new TimeoutException("The floor app did not start within 30 s.");
        }

        /// <summary>The process's peak resident memory so far (VmHWM), in kB.</summary>
        public long PeakKb() =>
            File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
                ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
                : 0;

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    internal static partial class Targets
    {
        // Already compressed formats only: the portal would send a text asset's Brotli variant, the bare app the raw file.
        private static readonly string[] Assets =
        [
            "/img/apple-touch-icon.png", "/fonts/be-vietnam-pro-vietnamese-400-normal.woff2", "/fonts/be-vietnam-pro-vietnamese-700-normal.woff2",
            "/fonts/be-vietnam-pro-latin-400-normal.woff2", "/fonts/be-vietnam-pro-latin-700-normal.woff2",
        ];

        /// <summary>The portal's own static asset whose size is nearest to <paramref name="bytes"/>.</summary>
        public static async Task<string> ClosestAssetAsync(HttpClient http, int bytes)
        {
            var sizes = new List<(string Path, long Length)>();
            foreach (var asset in Assets)
            {
                sizes.Add((asset, (await http.GetByteArrayAsync(asset)).Length));
            }

            return sizes.OrderBy(s => Math.Abs(s.Length - bytes)).First().Path;
        }

        /// <summary>The first article linked from the news list.</summary>
        public static async Task<string> FirstArticleAsync(HttpClient http) =>
            ArticleLinks().Matches(await http.GetStringAsync("/tin-tuc")).Select(m => m.Groups[1].Value)
                .First(p => !p.StartsWith("/tin-tuc/chuyen-muc/", StringComparison.Ordinal) && !p.StartsWith("/tin-tuc/the/", StringComparison.Ordinal));

        [GeneratedRegex("href=\"(/tin-tuc/[^\"#?]+)\"")]
        private static partial Regex ArticleLinks();
    }

    internal static class Report
    {
        public static void Print(List<(string Name, string Path, WrkResult Result, long PeakKb)> results, int connections, int seconds)
        {
            var floor = results[0].Result.PerSecond;
            Console.WriteLine();
            Console.WriteLine($"wrk, {connections} connections, {seconds} s per target, loopback; ratio = requests/s over the floor's");
            Console.WriteLine($"| {"target",-42} | {"requests/s",10} | {"ratio",6} | {"p50",9} | {"p99",9} | {"peak RSS",9} |");
            Console.WriteLine($"|{new string('-', 44)}|{new string('-', 12)}|{new string('-', 8)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 11)}|");
            foreach (var (name, _, result, peakKb) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name,-42} | {result.PerSecond,10:F0} | {result.PerSecond / floor,6:F2} | {result.P50,9} | {result.P99,9} | {peakKb / 1024.0,6:F0} MB |"));
            }

            var (bareAsset, portalAsset) = (results[1].Result.PerSecond, results[2].Result.PerSecond);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"portal static file over the bare app serving the same bytes: {portalAsset / bareAsset:F2}; cached home over the portal's static file: {results[3].Result.PerSecond / portalAsset:F2}; cached article: {results[4].Result.PerSecond / portalAsset:F2}"));
        }
    }
}
