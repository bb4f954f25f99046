using System.Diagnostics;
using System.Globalization;
using System.Net;
using ThanhMieu.Portal.Bench;

// Measures one article save as staff experience it: a signed-in POST of the edit form, over real HTTP on loopback,
// against a Release build of the portal on a fresh SQLite database. Only the POST (validate, render Markdown, write
// the article, its revision and the audit entry, answer 302) is timed; loading the form for the next edit is not.
var edits = Args.Int(args, "--edits", 100);
var warmup = Args.Int(args, "--warmup", 10);
var skipBuild = args.Contains("--no-build");

var (project, dll, data) = await Portal.BuildAsync(skipBuild);
const string Email = "bench@example.org";
var password = "do-thoi-gian " + Guid.NewGuid().ToString("N");

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
