using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ThanhMieu.Portal.Bench;

// Measures one article save as staff experience it: a signed-in POST of the edit form, over real HTTP on loopback,
// against a Release build of the portal on a fresh SQLite database. Only the POST (validate, render Markdown, write
// the article, its revision and the audit entry, answer 302) is timed; loading the form for the next edit is not.
var edits = Args.Int(args, "--edits", 100);
var warmup = Args.Int(args, "--warmup", 10);
var skipBuild = args.Contains("--no-build");

var (project, dll, data) = await Portal.BuildAsync(skipBuild);
const string Email = "bench@example.org";
var password = "bench-" + Guid.NewGuid().ToString("N");

try
{
    await Run.CheckedAsync("dotnet", [dll, "create-admin", "--email", Email, "--Database:DataFolder", data], project,
        new() { ["PORTAL_ADMIN_PASSWORD"] = password, ["ASPNETCORE_ENVIRONMENT"] = "Production" });

    var url = $"http://127.0.0.1:{Ports.Free()}";
    using var server = Run.Start("dotnet", [dll, "--urls", url, "--Database:DataFolder", data], project,
        new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
    try
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
        await Portal.WaitUntilUpAsync(http);
        await Portal.SignInAsync(http, Email, password);

        var form = await Portal.NewArticleAsync(http);
        var id = form.Id;
        Console.WriteLine($"Article {id}: body of {form.Body.Length:N0} characters, {warmup} warm-up saves, then {edits} timed saves.");

        var timings = new List<double>(edits);
        for (var i = 0; i < warmup + edits; i++)
        {
            var (token, stamp) = await Portal.LoadEditFormAsync(http, id);
            var fields = form.Fields(stamp, token, i);
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsync($"/admin/bai-viet/{id}/sua", new FormUrlEncodedContent(fields));
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Save {i} answered {(int)response.StatusCode}, not 302.");
            }

            if (i >= warmup)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Article save (POST /admin/bai-viet/{{id}}/sua → 302), n={timings.Count}: median {Stats.Percentile(timings, 50):F1} ms, "
            + $"p95 {Stats.Percentile(timings, 95):F1} ms, min {timings[0]:F1} ms, max {timings[^1]:F1} ms, mean {timings.Average():F1} ms"));
    }
    finally
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
    }
}
finally
{
    // SQLite's files may stay locked for a moment after the server exits.
    await Task.Delay(200);
    Directory.Delete(data, recursive: true);
}

namespace ThanhMieu.Portal.Bench
{
    /// <summary>The article the benchmark writes: about the size of a long news article or a congress report section.</summary>
    internal sealed record ArticleState(int Id, string Title, string Slug, string CategoryId, string Body)
    {
        public IEnumerable<KeyValuePair<string, string>> Fields(string stamp, string token, int edit) =>
        [
            new("Title", Title),
            new("Slug", Slug),
            new("Summary", "Bài dùng để đo thời gian lưu."),
            new("CategoryId", CategoryId),
            new("BodyMarkdown", Body + $"\n\nLần sửa thứ {edit + 1}."),
            new("CoverImagePath", ""),
            new("CoverImageAlt", ""),
            new("Status", "Published"),
            new("PublishAt", "2026-01-15T08:00"),
            new("ConcurrencyStamp", stamp),
            new("__RequestVerificationToken", token),
        ];
    }

    internal static partial class Portal
    {
        public static async Task SignInAsync(HttpClient http, string email, string password)
        {
            var token = Token(await http.GetStringAsync("/admin/dang-nhap"));
            using var response = await http.PostAsync("/admin/dang-nhap", new FormUrlEncodedContent(
                [new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in answered {(int)response.StatusCode}.");
            }
        }

        public static async Task<ArticleState> NewArticleAsync(HttpClient http)
        {
            var page = await http.GetStringAsync("/admin/bai-viet/tao");
            var categoryId = SelectedCategory().Match(page) is { Success: true } match
                ? match.Groups[1].Value
                : throw new InvalidOperationException("No category selected on the create form.");
            var state = new ArticleState(0, "Đo thời gian lưu bài viết", "do-thoi-gian-luu-bai-viet", categoryId, Body());
            using var response = await http.PostAsync("/admin/bai-viet/tao", new FormUrlEncodedContent(state.Fields("", Token(page), -1)));
            var location = response.Headers.Location?.OriginalString ?? "";
            var id = EditLocation().Match(location) is { Success: true } created
                ? int.Parse(created.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"Create answered {(int)response.StatusCode} {location}.");
            return state with { Id = id };
        }

        public static async Task<(string Token, string Stamp)> LoadEditFormAsync(HttpClient http, int id)
        {
            var page = await http.GetStringAsync($"/admin/bai-viet/{id}/sua");
            var stamp = Stamp().Match(page) is { Success: true } match
                ? match.Groups[1].Value
                : throw new InvalidOperationException("No concurrency stamp on the edit form.");
            return (Token(page), stamp);
        }

        private static string Token(string page) =>
            AntiforgeryToken().Match(page) is { Success: true } match
                ? match.Groups[1].Value
                : throw new InvalidOperationException("No antiforgery token on the page.");

        private static string Body()
        {
            var body = new StringBuilder();
            for (var section = 1; section <= 12; section++)
            {
                body.Append(CultureInfo.InvariantCulture, $"## Phần {section}: kết quả và phương hướng\n\n");
                body.Append("Nhiệm kỳ 2020–2025, phường đạt và vượt các chỉ tiêu nghị quyết; tổng vốn đầu tư toàn xã hội hơn 15.200 tỷ đồng. ");
                body.Append("Giai đoạn 2025–2030 tập trung phát triển dịch vụ, thương mại, du lịch và chuyển đổi số.\n\n");
                body.Append("- Hạ tầng đô thị hiện đại\n- Cải cách hành chính gắn với chuyển đổi số\n- **Văn hóa** và *di sản*: đền Tam Giang, chùa Đại Bi, đình Bạch Hạc\n\n");
                body.Append("| Chỉ tiêu | 2021 | 2025 |\n|---|---|---|\n| Tỷ lệ hộ nghèo | 0,55% | 0,27% |\n| Tỷ lệ hộ cận nghèo | 0,56% | 0,35% |\n\n");
            }

            return body.ToString();
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryToken();

        [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([0-9a-f-]{36})\"")]
        private static partial Regex Stamp();

        [GeneratedRegex("<option value=\"(\\d+)\" selected=\"selected\">")]
        private static partial Regex SelectedCategory();

        [GeneratedRegex("^/admin/bai-viet/(\\d+)/sua$")]
        private static partial Regex EditLocation();
    }
}
