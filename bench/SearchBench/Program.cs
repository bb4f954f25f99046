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
    Generator.AddArticles(database, articles);
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
    /// <summary>Published articles of generated Vietnamese text, copied from a seeded article's row so every column has a value.</summary>
    internal static class Generator
    {
        private static readonly string[] Words =
        [
            "phường", "thanh", "miếu", "phát", "triển", "kinh", "tế", "dịch", "vụ", "du", "lịch", "đô", "thị", "văn", "minh", "hiện", "đại",
            "chuyển", "đổi", "số", "cải", "cách", "hành", "chính", "hạ", "tầng", "giao", "thông", "đường", "dương", "sông", "lô", "bến", "chợ",
            "trường", "học", "y", "tế", "nhân", "dân", "cán", "bộ", "đảng", "viên", "nhiệm", "kỳ", "mục", "tiêu", "kế", "hoạch", "năm",
            "thôn", "khu", "phố", "lễ", "hội", "di", "sản", "đền", "chùa", "đình", "môi", "trường", "xanh", "sạch", "đẹp", "an", "ninh",
            "trật", "tự", "doanh", "nghiệp", "hộ", "gia", "đình", "nông", "nghiệp", "thương", "mại", "công", "nghệ", "dữ", "liệu", "mới",
        ];

        private static readonly string[] Parameters = ["@Title", "@Slug", "@Summary", "@Body", "@Html", "@PublishedAtUtc", "@Stamp"];

        public static void AddArticles(string database, int count)
        {
            using var connection = new SqliteConnection($"Data Source={database}");
            connection.Open();
            var columns = new List<string>();
            using (var info = connection.CreateCommand())
            {
                info.CommandText = "PRAGMA table_info(Articles)";
                using var reader = info.ExecuteReader();
                while (reader.Read())
                {
                    columns.Add(reader.GetString(1));
                }
            }

            string[] set = ["Title", "Slug", "Summary", "BodyMarkdown", "BodyHtml", "HeadingsJson", "PublishedAtUtc", "ConcurrencyStamp", "IsPinned"];
            var copied = columns.Where(c => c != "Id" && !set.Contains(c)).ToList();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText =
                $"INSERT INTO Articles ({string.Join(", ", set.Concat(copied))}) "
                + $"SELECT @Title, @Slug, @Summary, @Body, @Html, '[]', @PublishedAtUtc, @Stamp, 0, {string.Join(", ", copied)} "
                + "FROM Articles WHERE Slug = 'phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong'";
            var parameters = Parameters.Select(name => insert.Parameters.Add(new SqliteParameter(name, ""))).ToArray();
            var random = new Random(20250701);
            var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < count; i++)
            {
                var title = Sentence(random, 8, 14);
                var body = string.Join("\n\n", Enumerable.Range(0, 4).Select(_ => Sentence(random, 30, 50) + "."));
                parameters[0].Value = title;
                parameters[1].Value = "bai-do-" + i.ToString(CultureInfo.InvariantCulture);
                parameters[2].Value = Sentence(random, 15, 25) + ".";
                parameters[3].Value = body;
                parameters[4].Value = "<p>" + body.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>";
                parameters[5].Value = start.AddMinutes(random.Next(0, 5 * 365 * 24 * 60));
                parameters[6].Value = Guid.NewGuid().ToString();
                insert.ExecuteNonQuery();
            }

            using (var clear = connection.CreateCommand())
            {
                clear.CommandText = "DELETE FROM SearchEntries";
                clear.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        private static string Sentence(Random random, int min, int max)
        {
            var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
            words[0] = char.ToUpper(words[0][0], CultureInfo.GetCultureInfo("vi-VN")) + words[0][1..];
            return string.Join(' ', words);
        }
    }

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
