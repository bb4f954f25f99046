using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Tests.Corpora;
using Xunit.Abstractions;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The stored-XSS corpus (Corpora/xss-payloads.txt) saved through the admin forms into every Markdown and plain-text field
/// of every content type; then the public pages, the admin list and edit pages and the previews that show those fields
/// are parsed as a browser parses them: nothing executable that the page did not have before. A save may be refused
/// with a 422 and a Vietnamese message (that holds too); anything else (a 500) fails.
/// </summary>
public sealed partial class XssCorpusTests(SeededPortal factory, ITestOutputHelper output) : IClassFixture<SeededPortal>
{
    private static readonly IReadOnlyList<string> Payloads = [.. LineCorpus.Read("xss-payloads.txt").Select(p => p.Text).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// String properties that are not free text: kept at their seeded value while the text fields get payloads, and
    /// given script URLs and breakouts on their own (where they are validated, a refusal is expected).
    /// </summary>
    private static readonly HashSet<string> StrictFields = new(StringComparer.Ordinal)
    {
        "CoverImagePath", "PhotoPath", "Phone", "Hotline", "Email", "NationalPortalUrl", "ProvincialPortalUrl", "PortalUrl",
        "PublishAt", "LunarDate", "AssignedTo",
    };

    /// <summary>String properties that are not fields a person types into.</summary>
    private static readonly HashSet<string> NotFields = new(StringComparer.Ordinal)
    {
        nameof(ContentForm.Slug), nameof(ContentForm.ConcurrencyStamp), "ClearDraftKeys", "PreviewHtml", "Prefix", "DraftKey",
        "TrackingCode", "AskerName", "AskerContact", "SlugSource",
    };

    private static readonly string[] StrictPayloads =
        ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "\"><script>alert(1)</script>"];

    /// <summary>Each content type: its admin path, its forms, and the public pages that show its fields.</summary>
    public static TheoryData<string, string, string[]> ContentTypes() => new()
    {
        { "/admin/bai-viet", "ArticleForm", ["/", "/tin-tuc", "/thong-bao"] },
        { "/admin/chuyen-muc", "CategoryForm", ["/tin-tuc", PublicPagePaths.Article] },
        { "/admin/the", "TagForm", [PublicPagePaths.Article] },
        { "/admin/chi-tieu", "IndicatorForm ObservationForm", ["/", "/thanh-tuu"] },
        { "/admin/muc-tieu/dot-pha", "BreakthroughForm", ["/muc-tieu", "/dai-hoi"] },
        { "/admin/muc-tieu", "TargetForm ProgressUpdateForm", ["/muc-tieu", "/dai-hoi"] },
        { "/admin/di-san", "HeritageSiteForm", ["/di-san"] },
        { "/admin/le-hoi", "FestivalForm", ["/di-san", "/gioi-thieu"] },
        { "/admin/don-vi", "FormerUnitForm", ["/gioi-thieu"] },
        { "/admin/to-chuc", "OrganisationForm OfficialForm", ["/gioi-thieu/to-chuc", "/en/organisation"] },
        { "/admin/thu-tuc", "ProcedureForm", ["/thu-tuc-hanh-chinh"] },
        { "/admin/van-ban", "LegalDocumentForm", ["/van-ban"] },
        { "/admin/hoi-dap", "QuestionForm", ["/hoi-dap"] },
        { "/admin/cai-dat", "SiteSettingsForm", ["/", "/lien-he", "/en/contact", "/en"] },
    };

    /// <summary>A request the public site refuses with its 400 page: the shape of that page, which a refused post also gets.</summary>
    private const string RefusedPage = "/tin-tuc?trang=abc";

    [Fact]
    public void Corpus_HasAtLeastAHundredDistinctPayloads() =>
        Assert.True(Payloads.Count >= 100, $"{Payloads.Count} payloads");

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public async Task EveryPayload_InEveryTextField_LeavesNothingExecutable(string admin, string forms, string[] publicPages)
    {
        // An administrator: the site settings are theirs alone.
        var client = await factory.SignedInClientAsync(Domain.PortalUser.AdministratorRole);
        var formTypes = forms.Split(' ').Select(name => typeof(ContentForm).Assembly.GetTypes().Single(t => t.Name == name)).ToList();
        var editUrl = await FirstEditUrlAsync(client, admin, formTypes);
        var edit = await client.GetDocumentAsync(editUrl);
        var entityPage = edit.QuerySelector(".item-actions a[href^='/']")?.GetAttribute("href");
        string[] pages = [editUrl, .. editUrl == admin ? Array.Empty<string>() : [admin], .. publicPages, .. entityPage is null ? [] : new[] { entityPage }];
        var baselines = new Dictionary<string, PageShape> { [RefusedPage] = PageShape.Of(await client.GetDocumentAsync(RefusedPage, HttpStatusCode.BadRequest)) };
        foreach (var url in pages.Distinct())
        {
            baselines[url] = PageShape.Of(await client.GetDocumentAsync(url));
        }

        // Every payload through every field of the article form (Markdown and plain text); a sample through the rest.
        var allPayloads = admin == "/admin/bai-viet";
        var offset = (int)(StableHash(admin) % (uint)Payloads.Count);
        var rounds = allPayloads ? Payloads.Count : 16;
        var tally = new Tally();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();

        for (var round = 0; round < rounds; round++)
        {
            var page = await client.GetDocumentAsync(editUrl);
            foreach (var form in EditableForms(page))
            {
                var fields = FormFields(page, FormSelector(page, form));
                var textFields = fields.Keys.Where(name => Property(formTypes, name) is { } p && IsText(p)).Order(StringComparer.Ordinal).ToList();
                var changes = new Dictionary<string, string>();
                for (var i = 0; i < textFields.Count; i++)
                {
                    var property = Property(formTypes, textFields[i])!;
                    var index = allPayloads ? round : offset + (round * textFields.Count) + i;
                    changes[textFields[i]] = Fitting(index, MaxLength(property));
                    covered.Add(property.DeclaringType!.Name + "." + property.Name);
                }

                FillRequiredBlanks(fields, changes);
                tally.Tried += changes.Count(c => textFields.Contains(c.Key));
                await SaveAndCheckAsync(client, page, form, changes, pages, baselines, editUrl, tally, failures);
            }
        }

        // The fields that are not free text, each on its own with script URLs and breakouts.
        var (textSaved, textRefused, textTried) = (tally.Saved, tally.Refused, tally.Tried);
        var strict = await client.GetDocumentAsync(editUrl);
        foreach (var form in EditableForms(strict))
        {
            foreach (var name in FormFields(strict, FormSelector(strict, form)).Keys.Where(n => Property(formTypes, n) is { } p && StrictFields.Contains(p.Name)))
            {
                foreach (var payload in StrictPayloads)
                {
                    var page = await client.GetDocumentAsync(editUrl);
                    var pageForm = EditableForms(page).Single(f => f.GetAttribute("action") == form.GetAttribute("action"));
                    var changes = new Dictionary<string, string> { [name] = payload };
                    FillRequiredBlanks(FormFields(page, FormSelector(page, pageForm)), changes);
                    tally.Tried++;
                    await SaveAndCheckAsync(client, page, pageForm, changes, pages, baselines, editUrl, tally, failures);
                }
            }
        }

        // At the end, every public page of every kind, whatever it shows.
        foreach (var url in ((IEnumerable<object[]>)PublicPagePaths.All).Select(row => (string)row[0]))
        {
            var document = await client.GetDocumentAsync(url);
            var baseline = baselines.GetValueOrDefault(url) ?? PageShape.Of(await factory.CreateClient().GetDocumentAsync(url));
            failures.AddRange(baseline.ProblemsOf(document).Select(p => $"{url} at the end: {p}"));
        }

        var expected = formTypes.SelectMany(t => t.GetProperties()).Where(IsText).Select(p => p.DeclaringType!.Name + "." + p.Name).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"{admin}: {tally.Tried} payload × field placements in {tally.Saves} saves ({tally.Saved} saved, {tally.Refused} refused with 422 or 400), "
            + $"{tally.Pages} pages and previews parsed; fields: {string.Join(", ", covered.Order(StringComparer.Ordinal))}; "
            + $"of these, {tally.Tried - textTried} in fields that are not free text ({tally.Saved - textSaved} saved, {tally.Refused - textRefused} refused)");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)));
        Assert.Empty(expected.Except(covered));
        Assert.True(tally.Saved > 0, "no save went through, so nothing was rendered");
    }

    /// <summary>The checker itself: each kind of executable content it must see, put into a clean page, is reported.</summary>
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\" jav&#x09;ascript:alert(1)\">a</a>")]
    [InlineData("<a href=\"data:text/html,x\">a</a>")]
    [InlineData("<iframe srcdoc=\"x\"></iframe>")]
    [InlineData("<form action=\"vbscript:x\"></form>")]
    [InlineData("<meta http-equiv=refresh content=\"0;url=https://xss.example\">")]
    [InlineData("<style>a{}</style>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">a</div>")]
    public void Checker_ReportsEachKindOfExecutableContent(string injected)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var clean = PageShape.Of(parser.ParseDocument("<html><head><script src=\"/js/site.js\"></script></head><body><main><p>a</p><img src=\"data:image/png;base64,AA\"></main></body></html>"));

        Assert.Empty(clean.ProblemsOf(parser.ParseDocument("<html><head><script src=\"/js/site.js\"></script></head><body><main><p>b</p></main></body></html>")));
        Assert.NotEmpty(clean.ProblemsOf(parser.ParseDocument($"<html><head><script src=\"/js/site.js\"></script></head><body><main><p>a</p>{injected}</main></body></html>")));
    }

    /// <summary>Media alt text: a sample of the corpus as the alt text of uploads, then the library that shows them.</summary>
    [Fact]
    public async Task PayloadsAsMediaAltText_LeaveTheLibraryWithNothingExecutable()
    {
        var client = await factory.SignedInClientAsync();
        var baseline = PageShape.Of(await client.GetDocumentAsync("/admin/thu-vien"));
        var refused = PageShape.Of(await client.GetDocumentAsync(RefusedPage, HttpStatusCode.BadRequest));
        var failures = new List<string>();
        var (tried, saved) = (0, 0);
        for (var i = 0; i < Payloads.Count; i += 6)
        {
            var payload = Fitting(i, 300);
            tried++;
            var response = await MediaUploadTests.UploadAsync(client, MediaUploadTests.TinyPng(), "anh.png", "image/png", payload);
            var status = (int)response.StatusCode;
            if (status == 302)
            {
                saved++;
                failures.AddRange(baseline.ProblemsOf(await client.GetDocumentAsync("/admin/thu-vien")).Select(p => $"alt {Shorten(payload)}: {p}"));
            }
            else if (status is 400 or 422)
            {
                var document = await ParseAsync(response);
                failures.AddRange((status == 400 && document.QuerySelector("form[enctype]") is null ? refused : baseline).ProblemsOf(document).Select(p => $"alt {Shorten(payload)} ({status}): {p}"));
            }
            else
            {
                failures.Add($"alt {Shorten(payload)}: {status}");
            }
        }

        output.WriteLine($"/admin/thu-vien: {tried} payloads as alt text, {saved} saved, {tried - saved} refused");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)));
        Assert.True(saved > 0);
    }

    private static async Task SaveAndCheckAsync(
        HttpClient client, IHtmlDocument page, IHtmlFormElement form, Dictionary<string, string> changes, string[] pages,
        Dictionary<string, PageShape> baselines, string editUrl, Tally tally, List<string> failures)
    {
        var selector = FormSelector(page, form);
        var what = string.Join(", ", changes.Select(c => $"{c.Key}={Shorten(c.Value)}"));
        if (form.QuerySelector("button[formaction*='xem-truoc']") is not null)
        {
            var preview = await client.SubmitAsync(page, selector, changes, "button[formaction*='xem-truoc']");
            await CheckResponseAsync(preview, $"preview of {what}", baselines[preview.StatusCode == HttpStatusCode.BadRequest ? RefusedPage : editUrl], tally, failures);
            page = await client.GetDocumentAsync(editUrl);
            form = EditableForms(page).Single(f => f.GetAttribute("action") == form.GetAttribute("action"));
            selector = FormSelector(page, form);
        }

        tally.Saves++;
        var response = await client.SubmitAsync(page, selector, changes);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            tally.Saved++;
            foreach (var url in pages)
            {
                var document = await client.GetDocumentAsync(url);
                tally.Pages++;
                failures.AddRange(baselines[url].ProblemsOf(document).Select(p => $"{url} after saving {what}: {p}"));
            }
        }
        else
        {
            await CheckResponseAsync(response, $"save of {what}", baselines[response.StatusCode == HttpStatusCode.BadRequest ? RefusedPage : editUrl], tally, failures);
            if (response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest)
            {
                tally.Refused++;
            }
        }
    }

    /// <summary>
    /// A page answered to a post: 200 (a preview), or a refusal with a Vietnamese message: 422 beside the field, or 400
    /// for a form no browser sends (a NUL character), and nothing executable.
    /// </summary>
    private static async Task CheckResponseAsync(HttpResponseMessage response, string what, PageShape baseline, Tally tally, List<string> failures)
    {
        var status = (int)response.StatusCode;
        if (status is not (200 or 400 or 422))
        {
            failures.Add($"{what}: {status}");
            return;
        }

        var document = await ParseAsync(response);
        tally.Pages++;
        if (status is 400 or 422)
        {
            var errors = status == 422 ? string.Join(" ", document.QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent)) : Text(document.QuerySelector("main")!);
            if (!errors.Any(c => c > 127))
            {
                failures.Add($"{what}: {status} without a Vietnamese message");
            }
        }

        failures.AddRange(baseline.ProblemsOf(document).Select(p => $"{what}: {p}"));
    }

    private static async Task<string> FirstEditUrlAsync(HttpClient client, string admin, List<Type> formTypes)
    {
        var list = await client.GetDocumentAsync(admin);
        var edit = new Regex("^" + Regex.Escape(admin) + @"/\d+/sua$");
        var first = list.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).FirstOrDefault(edit.IsMatch);
        if (first is not null)
        {
            return first;
        }

        // A single settings form has no list: its page is its form. A type with nothing seeded gets one item.
        if (list.QuerySelector("main form[method=post] textarea, main form[method=post] input[type=text]") is not null)
        {
            return admin;
        }

        var create = await client.GetDocumentAsync(admin + "/tao");
        var blanks = FormFields(create, "main form[method=post]")
            .Where(f => f.Value.Length == 0 && Property(formTypes, f.Key) is { } p && IsText(p))
            .ToDictionary(f => f.Key, f => "Corpus " + ArticleForms.Unique());
        var created = await client.SubmitAsync(create, "main form[method=post]", blanks);
        return $"{admin}/{IdFromRedirect(created)}/sua";
    }

    /// <summary>The page's forms that edit something: not the archive buttons, not file uploads, not the add forms when rows exist.</summary>
    private static List<IHtmlFormElement> EditableForms(IHtmlDocument page)
    {
        var forms = page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>()
            .Where(f => f.Enctype != "multipart/form-data" && (f.Elements.OfType<IHtmlTextAreaElement>().Any() || f.Elements.OfType<IHtmlInputElement>().Any(i => i.Type == "text")))
            .Where(f => f.GetAttribute("action") is { } action && !action.Contains("/luu-tru", StringComparison.Ordinal) && !action.Contains("/khoi-phuc", StringComparison.Ordinal))
            .ToList();
        // Each child row's form once: the first existing row, else the add form.
        return [.. forms.GroupBy(f => ChildKind(f.GetAttribute("action")!)).SelectMany(g => g.Key.Length == 0 ? g : g.OrderBy(f => f.GetAttribute("action")!.EndsWith("/them", StringComparison.Ordinal)).Take(1))];
    }

    private static string ChildKind(string action) => ChildPath().Match(action) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex(@"/\d+/([a-z-]+)/(?:\d+/sua|them)$")]
    private static partial Regex ChildPath();

    /// <summary>A selector for one form of a page (the helpers read a form by selector).</summary>
    private static string FormSelector(IHtmlDocument page, IHtmlFormElement form) =>
        $"main form[method=post][action='{form.GetAttribute("action")}']";

    private static PropertyInfo? Property(List<Type> formTypes, string fieldName)
    {
        // "Form.Name" or "Title" is the main form's; "Official1.Name" or "NewUpdate.Note" a child row's.
        var dot = fieldName.LastIndexOf('.');
        var main = dot < 0 || fieldName.StartsWith("Form.", StringComparison.Ordinal);
        var name = fieldName[(dot + 1)..];
        return (main ? formTypes.Take(1) : formTypes.Skip(1)).Select(t => t.GetProperty(name)).FirstOrDefault(p => p is not null);
    }

    private static bool IsText(PropertyInfo property) =>
        property.PropertyType == typeof(string) && property.CanWrite && property.SetMethod!.IsPublic
        && !NotFields.Contains(property.Name) && !StrictFields.Contains(property.Name) && property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute>() is null;

    private static int MaxLength(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? int.MaxValue;

    /// <summary>The payload at <paramref name="index"/>, or the next one that fits the field (a longer one is refused by length, not by content).</summary>
    private static string Fitting(int index, int maxLength)
    {
        for (var k = 0; k < Payloads.Count; k++)
        {
            var payload = Payloads[(index + k) % Payloads.Count];
            if (payload.Length <= maxLength)
            {
                return payload;
            }
        }

        throw new InvalidOperationException($"no payload fits {maxLength} characters");
    }

    /// <summary>An add form's required date is blank; give it one, so the payloads reach the page.</summary>
    private static void FillRequiredBlanks(Dictionary<string, string> fields, Dictionary<string, string> changes)
    {
        foreach (var (name, value) in fields)
        {
            if (value.Length == 0 && name.EndsWith(".Date", StringComparison.Ordinal))
            {
                changes.TryAdd(name, "15/06/2025");
            }
        }
    }

    private static uint StableHash(string text) => text.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed class Tally
    {
        public int Tried { get; set; }

        public int Saves { get; set; }

        public int Saved { get; set; }

        public int Refused { get; set; }

        public int Pages { get; set; }
    }
}
