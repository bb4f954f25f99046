using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using ThanhMieu.Portal.Bench;

// Measures the site search as residents experience it: GET /tim-kiem?q=… over real HTTP on loopback, against a Release
// build of the portal on a SQLite database holding the seed plus --articles generated published articles. The articles
// are written straight into the file and their search entries deleted, so the portal's start-up step rebuilds the index
// (that time is reported too). Then each query is timed --requests times after --warmup untimed ones.
var articles = Args.Int(args, "--articles", 10_000);
var requests = Args.Int(args, "--requests", 200);
var warmup = Args.Int(args, "--warmup", 20);
var skipBuild = args.Contains("--no-build");
string[] queries = ["tam giang", "phat trien", "đường", "chuyển đổi số", "kinh te dich vu du lich", "ph", "xyzzy"];

var (project, dll, data) = await Portal.BuildAsync(skipBuild);
var database = Path.Combine(data, "portal.db");
Dictionary<string, string> environment = new()
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    // The benchmark is one client asking far more often than the search's rate limit allows a person.
    ["RateLimits__GeneralPerAddress"] = "1000000",
};

try
{
    // The first start migrates and seeds; the articles are then added beside the seed.
    await StartStopAsync();
    var watch = Stopwatch.StartNew();
    Dataset.AddArticles(database, articles);
    Console.WriteLine($"Wrote {articles:N0} published articles in {watch.Elapsed.TotalSeconds:F1} s; search entries deleted.");

    var url = $"http://127.0.0.1:{Ports.Free()}";
    watch.Restart();
    using (var server = Run.Start("dotnet", [dll, "--urls", url, "--Database:DataFolder", data], project, environment))
    {
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await Portal.WaitUntilUpAsync(http);
            Console.WriteLine($"Start-up with the index rebuilt: {watch.Elapsed.TotalSeconds:F1} s");
            foreach (var query in queries)
            {
                var path = "/tim-kiem?q=" + Uri.EscapeDataString(query);
                var timings = new List<double>(requests);
                var count = "";
                for (var i = 0; i < warmup + requests; i++)
                {
                    var request = Stopwatch.StartNew();
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsStringAsync();
                    request.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
                    }

                    if (i >= warmup)
                    {
                        timings.Add(request.Elapsed.TotalMilliseconds);
                    }

                    count = Portal.ResultCount(body);
                }

                timings.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"q={query,-26} {count,-8} n={timings.Count}: p50 {Stats.Percentile(timings, 50):F1} ms, p95 {Stats.Percentile(timings, 95):F1} ms, max {timings[^1]:F1} ms"));
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    Sizes.Report(database);
}
finally
{
    // SQLite's files may stay locked for a moment after the server exits.
    SqliteConnection.ClearAllPools();
    await Task.Delay(200);
    Directory.Delete(data, recursive: true);
}

async Task StartStopAsync()
{
    var url = $"http://127.0.0.1:{Ports.Free()}";
    using var server = Run.Start("dotnet", [dll, "--urls", url, "--Database:DataFolder", data], project, environment);
    try
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Portal.WaitUntilUpAsync(http);
    }
    finally
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
    }
}

namespace ThanhMieu.Portal.Bench
{
    internal static partial class Portal
    {
        /// <summary>The page's count line ("1.234 kết quả …"), or "0" for the no-result page.</summary>
        public static string ResultCount(string page) =>
            System.Text.RegularExpressions.Regex.Match(page, "<p role=\"status\">([0-9.]+) ") is { Success: true } match ? match.Groups[1].Value : "0";
    }

    /// <summary>The database's size as it is, without the FTS5 table, and without search at all (each after VACUUM, on copies).</summary>
    internal static class Sizes
    {
        public static void Report(string database)
        {
            SqliteConnection.ClearAllPools();
            var withIndex = Vacuumed(database, "with-index", []);
            var entriesOnly = Vacuumed(database, "entries-only",
                ["DROP TRIGGER SearchEntries_Inserted", "DROP TRIGGER SearchEntries_Updated", "DROP TRIGGER SearchEntries_Deleted", "DROP TABLE SearchIndex"]);
            var none = Vacuumed(database, "none",
                ["DROP TRIGGER SearchEntries_Inserted", "DROP TRIGGER SearchEntries_Updated", "DROP TRIGGER SearchEntries_Deleted", "DROP TABLE SearchIndex", "DROP TABLE SearchEntries"]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Database size (after VACUUM): {Mb(withIndex)} with the search (entries + FTS5), {Mb(entriesOnly)} with the entries only, {Mb(none)} without search"));
        }

        private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F1} MB");

        private static long Vacuumed(string database, string name, string[] statements)
        {
            var copy = Path.Combine(Path.GetDirectoryName(database)!, name + ".db");
            using (var source = new SqliteConnection($"Data Source={database}"))
            using (var target = new SqliteConnection($"Data Source={copy}"))
            {
                source.Open();
                source.BackupDatabase(target);
            }

            using (var connection = new SqliteConnection($"Data Source={copy}"))
            {
                connection.Open();
                foreach (var statement in statements.Append("VACUUM"))
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = statement;
                    command.ExecuteNonQuery();
                }
            }

            SqliteConnection.ClearAllPools();
            return new FileInfo(copy).Length;
        }
    }
}
