using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Services;
using ThanhMieu.Portal.Tests.Corpora;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The Markdown bomb corpus (Corpora/markdown-bombs.txt) posted to every preview and every create of every type with a
/// Markdown field: each request is refused with a 4xx or renders, within a time bound, never a 500, and a refused
/// create saves nothing.
/// </summary>
public sealed class MarkdownBoundsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>A correctness bound, not a benchmark: a bomb that Markdig chews on takes 5 to 20 s on this machine.</summary>
    private const string MainForm = "main form[method=post]";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    private static readonly IReadOnlyList<(string Name, string Text)> Bombs =
        MarkdownBombs.Read(Path.Combine(AppContext.BaseDirectory, "Corpora"));

    /// <summary>Each type with a Markdown field: its admin path, its form's name prefix, its Markdown field and a name field.</summary>
    public static TheoryData<string, string, string, string> MarkdownTypes() => new()
    {
        { "/admin/bai-viet", "", "BodyMarkdown", "Title" },
        { "/admin/di-san", "Form.", "DescriptionMarkdown", "Name" },
        { "/admin/don-vi", "Form.", "HistoryMarkdown", "Name" },
        { "/admin/to-chuc", "Form.", "DutiesMarkdown", "Name" },
    };

    [Theory]
    [MemberData(nameof(MarkdownTypes))]
    public async Task EveryBomb_IsRefusedOrRenderedInTime_ByPreviewAndSave_AndNothingHalfSaved(string admin, string prefix, string markdown, string name)
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync(admin + "/tao");
        var fields = FormFields(page, MainForm);
        var token = AntiforgeryToken(page);
        var failures = new List<string>();
        foreach (var (bomb, text) in Bombs)
        {
            fields[prefix + name] = $"Bom {bomb} {Guid.NewGuid():N}";
            fields[prefix + markdown] = text;
            foreach (var url in new[] { admin + "/xem-truoc", admin + "/xem-truoc?phan=xem-truoc", admin + "/tao" })
            {
                var before = await CountAsync(admin);

                // Encoded before the clock starts: the bound is on the server, not on building a 5 MB request.
                using var content = new FormUrlEncodedContent(fields.Append(new(TokenField, token)));
                await content.LoadIntoBufferAsync();
                var watch = Stopwatch.StartNew();
                using var response = await client.PostAsync(url, content);
                watch.Stop();
                var status = (int)response.StatusCode;
                // Reading a 5 MB form is the server's work before any rendering (the renderer refuses it in a
                // microsecond); on a loaded two-core machine it costs about a second a megabyte, so it adds to the bound.
                var bound = Bound + TimeSpan.FromSeconds(content.Headers.ContentLength!.Value / 1_000_000.0);
                if (status >= 500 || watch.Elapsed > bound)
                {
                    failures.Add($"{bomb} → {url}: {status} after {watch.ElapsedMilliseconds} ms");
                }

                if (url.EndsWith("/tao", StringComparison.Ordinal) && response.StatusCode != HttpStatusCode.Redirect && await CountAsync(admin) != before)
                {
                    failures.Add($"{bomb} → {url}: refused ({status}) but something was saved");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(MarkdownTypes))]
    public async Task TooDeepText_IsRefusedBesideTheField_422OnSave_400OnPreview(string admin, string prefix, string markdown, string name)
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync(admin + "/tao");
        var changes = new Dictionary<string, string>
        {
            [prefix + name] = "Lồng sâu " + Guid.NewGuid().ToString("N")[..8],
            [prefix + markdown] = "Mở đầu\n\n" + string.Concat(Enumerable.Repeat("> ", 100)) + "trích dẫn",
        };

        var saved = await client.SubmitAsync(page, MainForm, changes);
        var preview = await client.SubmitAsync(page, MainForm, changes, submitter: "button[formaction$='/xem-truoc']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, saved.StatusCode);
        Assert.Contains("lồng nhau quá sâu ở dòng 3", FieldError(await ParseAsync(saved), prefix + markdown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        var previewPage = await ParseAsync(preview);
        Assert.Contains("tối đa 16 cấp", FieldError(previewPage, prefix + markdown), StringComparison.Ordinal);
        Assert.Null(previewPage.QuerySelector("#ban-xem-truoc .prose blockquote, [data-preview] blockquote"));
    }

    [Fact]
    public async Task OverLongBody_RedrawnForm_Is422_AndNotRenderedAgain()
    {
        var client = await factory.SignedInClientAsync();
        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = "Quá dài " + ArticleForms.Unique();
        fields["BodyMarkdown"] = "**đậm** " + new string('a', 1_000_000);

        var watch = Stopwatch.StartNew();
        var response = await client.PostFormAsync(ArticleForms.CreateUrl, fields);
        watch.Stop();

        Assert.True(
            response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge,
            $"expected 422 or 413, got {(int)response.StatusCode}");
        Assert.True(watch.Elapsed < Bound, $"took {watch.ElapsedMilliseconds} ms");
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var page = await ParseAsync(response);
            Assert.Contains("200000", FieldError(page, "BodyMarkdown"), StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[data-preview] strong"));
        }
    }

    [Fact]
    public async Task FourWorstCasePreviewsAtOnce_AllFinishInTime()
    {
        var client = await factory.SignedInClientAsync();
        var fields = await client.NewArticleFieldsAsync();
        var token = await client.GetAntiforgeryTokenAsync(ArticleForms.CreateUrl);

        // The slowest case bench/MarkdownBench found inside the limits: link openers at every paragraph's limit.
        var paragraph = string.Concat(Enumerable.Repeat("[a](", MarkdownLimits.MaxMarkersPerParagraph));
        fields["BodyMarkdown"] = string.Join("\n\n", Enumerable.Repeat(paragraph, MarkdownLimits.MaxMarkers / MarkdownLimits.MaxMarkersPerParagraph));
        fields["Title"] = "Xem trước song song";
        Assert.Null(MarkdownLimits.Check(fields["BodyMarkdown"]));

        var watch = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostAsync("/admin/bai-viet/xem-truoc?phan=xem-truoc", new FormUrlEncodedContent(fields.Append(new(TokenField, token))))));
        watch.Stop();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(watch.Elapsed < 2 * Bound, $"four previews took {watch.ElapsedMilliseconds} ms");
    }

    private Task<int> CountAsync(string admin) => factory.WithDbAsync(db => admin switch
    {
        "/admin/bai-viet" => db.Articles.CountAsync(),
        "/admin/di-san" => db.HeritageSites.CountAsync(),
        "/admin/don-vi" => db.FormerUnits.CountAsync(),
        _ => db.Organisations.CountAsync(),
    });
}
