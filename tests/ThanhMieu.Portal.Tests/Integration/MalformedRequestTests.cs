using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ThanhMieu.Portal.Tests.Corpora;
using Xunit.Abstractions;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The malformed-request corpus (Corpora/malformed-requests.txt): slugs, ids, page numbers, dates, decimals, stamps,
/// yes/no and choice fields and Unicode (RTL override, zero-width, overlong UTF-8, lone surrogates), public and admin.
/// Each answers a 4xx with a Vietnamese page (or the one status its line documents), never a 5xx; an admin post with one
/// wrong field is refused, never saved. Sent over a real socket to Kestrel, as a browser or a scanner sends them: the
/// test host's client refuses some (a NUL in a path) before the app sees them.
/// </summary>
public sealed partial class MalformedRequestTests(MalformedRequestTests.SocketPortal factory, ITestOutputHelper output) : IClassFixture<MalformedRequestTests.SocketPortal>
{
    /// <summary>The seeded portal on a loopback socket, shared by the class.</summary>
    public sealed class SocketPortal : InstrumentedPortal
    {
        private Uri? _address;

        public Uri Address => _address ??= StartOnSocket().BaseAddress!;

        /// <summary>A client of the socket that keeps cookies and does not follow redirects.</summary>
        public HttpClient SocketClient() =>
            new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
    }

    public sealed record MalformedRequest(int Line, bool Admin, string Method, string Path, string? Body, string Expected);

    public static IReadOnlyList<MalformedRequest> Corpus() =>
        [.. LineCorpus.Read("malformed-requests.txt").Select(entry => Parse(entry.Line, entry.Text))];

    private static MalformedRequest Parse(int line, string text)
    {
        var expected = "4xx";
        if (text.IndexOf(" => ", StringComparison.Ordinal) is var arrow and >= 0)
        {
            expected = text[(arrow + 4)..].Trim();
            text = text[..arrow];
        }

        var parts = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries).ToList();
        var admin = parts[0] == "admin";
        if (admin)
        {
            parts.RemoveAt(0);
        }

        return new(line, admin, parts[0], Expand(parts[1]), parts.Count > 2 ? Expand(string.Join(' ', parts.Skip(2))) : null, expected);
    }

    private static string Expand(string text) =>
        Repeat().Replace(text, m => new StringBuilder().Insert(0, m.Groups["text"].Value, int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\{repeat:(?<count>\d+):(?<text>[^}]*)\}")]
    private static partial Regex Repeat();

    [Fact]
    public void Corpus_HasAtLeastFiftyRequests() => Assert.True(Corpus().Count >= 50, $"{Corpus().Count} requests");

    [Fact]
    public async Task EveryMalformedRequest_Answers4xxWithAVietnamesePage_NeverA5xx()
    {
        var anonymous = factory.SocketClient();
        var staff = factory.SocketClient();
        var email = $"corpus-{ArticleForms.Unique()}@example.org";
        await factory.CreateUserAsync(email, Domain.PortalUser.AdministratorRole);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync(email, AdminClient.Password)).StatusCode);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        foreach (var request in Corpus())
        {
            var client = request.Admin ? staff : anonymous;
            var path = await ResolveIdAsync(staff, request.Path);
            using var response = request.Method == "POST"
                ? await PostOneWrongFieldAsync(client, path, request.Body ?? "")
                : await client.SendAsync(new HttpRequestMessage(new HttpMethod(request.Method), path));
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            var line = $"line {request.Line}: {request.Method} {Shorten(path)} {Shorten(request.Body ?? "")} -> {status}";
            output.WriteLine(line);
            var ok = request.Expected == "4xx" ? status is >= 400 and < 500 : status.ToString(System.Globalization.CultureInfo.InvariantCulture) == request.Expected;
            if (!ok)
            {
                failures.Add($"{line}, expected {request.Expected}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType == "text/html" && !Text(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body)).Any(c => c > 127))
            {
                failures.Add($"{line}: no Vietnamese message");
            }
        }

        output.WriteLine($"{Corpus().Count} malformed requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>{id} in an admin path is the first item of that admin list.</summary>
    private static async Task<string> ResolveIdAsync(HttpClient staff, string path)
    {
        if (path.IndexOf("/{id}", StringComparison.Ordinal) is not (var at and >= 0))
        {
            return path;
        }

        var list = path[..at];
        var edit = new Regex("^" + Regex.Escape(list) + @"/(\d+)/sua$");
        var id = (await staff.GetDocumentAsync(list)).QuerySelectorAll("a[href]").Select(a => edit.Match(a.GetAttribute("href")!)).First(m => m.Success).Groups[1].Value;
        return path.Replace("{id}", id, StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts the admin form whose action is <paramref name="path"/> with every field it holds, except the fields of
    /// <paramref name="body"/>, which are sent as written: only they are wrong.
    /// </summary>
    private static async Task<HttpResponseMessage> PostOneWrongFieldAsync(HttpClient client, string path, string body)
    {
        var page = await client.GetDocumentAsync(FormPage(path));
        var selector = page.QuerySelector($"form[method=post][action='{path}']") is not null
            ? $"form[method=post][action='{path}']"
            : "main form[method=post]";
        var fields = FormFields(page, selector);
        var wrong = body.Split('&', StringSplitOptions.RemoveEmptyEntries);
        foreach (var pair in wrong)
        {
            fields.Remove(Uri.UnescapeDataString(pair.Split('=')[0]));
        }

        fields[TokenField] = AntiforgeryToken(page);
        var encoded = await new FormUrlEncodedContent(fields).ReadAsStringAsync();
        var content = new StringContent(encoded + "&" + body, Encoding.ASCII, "application/x-www-form-urlencoded");
        return await client.PostAsync(path, content);
    }

    /// <summary>The page holding the form that posts to <paramref name="path"/>: itself, or its item's edit page, or the create page.</summary>
    private static string FormPage(string path)
    {
        if (ChildAction().Match(path) is { Success: true } child)
        {
            return child.Groups["item"].Value + "/sua";
        }

        return path.EndsWith("/xem-truoc", StringComparison.Ordinal) ? path[..^"/xem-truoc".Length] + "/tao" : path;
    }

    [GeneratedRegex(@"^(?<item>.*/\d+)/(?:[a-z-]+/(?:them|\d+/sua)|xem-truoc)$")]
    private static partial Regex ChildAction();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + $"… ({text.Length} characters)";
}
