using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The output cache of public pages, through the real pipeline: a hit sends no SQL command, every save evicts, a
/// scheduled article appears at its time on the app's clock, signed-in and cookie-setting answers are never stored,
/// HEAD and the compressed variants are kept apart, and a stored ETag still answers 304.
/// </summary>
public sealed class OutputCacheTests : IDisposable
{
    private readonly PortalFactory _portal;
    private readonly FakeTimeProvider _clock = new(WholeMinute(DateTimeOffset.UtcNow));
    private readonly SqlCommandCounter _commands = new(new HttpContextAccessor());
    private readonly WebApplicationFactory<Program> _factory;

    public OutputCacheTests()
        : this(enabled: true)
    {
    }

    private OutputCacheTests(bool enabled)
    {
        _portal = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Portal:OutputCaching:Enabled"] = enabled ? "true" : "false",

            // The test host serves the build's assets as in development, where MapStaticAssets answers no-cache to
            // every asset unless told to keep the published headers.
            ["EnableStaticAssetsDevelopmentCaching"] = "true",
        });
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(_clock);
            s.ConfigureDbContext<SqlitePortalDbContext>((_, db) => db.AddInterceptors(_commands));
        }));
    }

    public void Dispose() => _portal.Dispose();

    private static DateTimeOffset WholeMinute(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary>The body of an anonymous GET and the SQL commands the app sent to answer it.</summary>
    private async Task<(string Body, int Commands)> VisitAsync(HttpClient visitor, string path)
    {
        _commands.Clear();
        var response = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), _commands.Count);
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
    }

    [Fact]
    public async Task ACachedHit_SendsNoSqlCommand_AndTheSameBody()
    {
        var visitor = _factory.CreateClient();

        var first = await VisitAsync(visitor, "/");
        var second = await VisitAsync(visitor, "/");

        Assert.True(first.Commands > 0, "the first visit builds the page");
        Assert.Equal(0, second.Commands);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task AnAdminEdit_IsVisibleOnTheNextAnonymousGet_OfTheHomePageTheArticleAndTheNewsList()
    {
        var editor = await _factory.SignedInClientAsync();
        var title = $"Lịch tiếp dân tháng này {ArticleForms.Unique()}";
        var id = await editor.CreatePublishedAsync(title, "Nội dung ban đầu.");
        var article = "/tin-tuc/" + await SlugAsync(id);
        var visitor = _factory.CreateClient();
        string[] pages = ["/", "/tin-tuc", article];
        foreach (var page in pages)
        {
            Assert.Contains(title, (await VisitAsync(visitor, page)).Body);
            Assert.Equal(0, (await VisitAsync(visitor, page)).Commands);
        }

        var edited = $"Lịch tiếp dân đã đổi {ArticleForms.Unique()}";
        var response = await editor.EditArticleAsync(id, f => f["Title"] = edited);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        foreach (var page in pages)
        {
            var body = (await VisitAsync(visitor, page)).Body;
            Assert.Contains(edited, body);
            Assert.DoesNotContain(title, body);
        }
    }

    [Fact]
    public async Task AScheduledArticle_AppearsAtItsTime_ThoughTheListWasCachedBefore()
    {
        var editor = await _factory.SignedInClientAsync();
        var title = $"Thông báo lịch cắt điện {ArticleForms.Unique()}";
        var publishAt = _clock.GetUtcNow().AddHours(1);
        await editor.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = VietnameseFormat.ToVietnamTime(publishAt.UtcDateTime).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        });
        var visitor = _factory.CreateClient();

        Assert.DoesNotContain(title, (await VisitAsync(visitor, "/tin-tuc")).Body);
        _clock.Advance(TimeSpan.FromMinutes(59));
        var cached = await VisitAsync(visitor, "/tin-tuc");
        Assert.Equal(0, cached.Commands);
        Assert.DoesNotContain(title, cached.Body);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(title, (await VisitAsync(visitor, "/tin-tuc")).Body);
        Assert.Contains(title, (await VisitAsync(visitor, "/")).Body);
    }

    [Fact]
    public async Task ASignedInAnswer_IsNeverServedToAnAnonymousClient_NorAnAnonymousOneToASignedInClient()
    {
        var editor = await _factory.SignedInClientAsync();
        var visitor = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // The admin is never stored: after the editor's dashboard, a visitor is sent to sign in.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        var admin = await visitor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/dang-nhap", admin.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // A public page the editor fetched first is not stored: the visitor's answer is built afresh.
        _commands.Clear();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/tin-tuc")).StatusCode);
        Assert.True(_commands.Count > 0);
        Assert.True((await VisitAsync(visitor, "/tin-tuc")).Commands > 0, "the editor's answer was stored");

        // The visitor's stored page is not served to the editor either.
        Assert.Equal(0, (await VisitAsync(visitor, "/tin-tuc")).Commands);
        _commands.Clear();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/tin-tuc")).StatusCode);
        Assert.True(_commands.Count > 0, "the editor got the visitor's stored page");
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithNoBody_UncachedAndCached()
    {
        var visitor = _factory.CreateClient();
        var heads = new List<HttpResponseMessage>();
        foreach (var expectHit in new[] { false, true })
        {
            _commands.Clear();
            heads.Add(await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/tin-tuc")));
            Assert.Equal(expectHit, _commands.Count == 0);
        }

        // The HEAD filled the entry the GET is then served from.
        _commands.Clear();
        var get = await visitor.GetAsync("/tin-tuc");
        Assert.Equal(0, _commands.Count);
        var getBody = await get.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(getBody);
        foreach (var head in heads)
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.NotNull(head.Headers.ETag);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task TheCompressedVariants_AreStoredApart_ByAcceptEncoding_AndDecodeToTheSameHtml()
    {
        var visitor = _factory.CreateClient();
        var bodies = new List<string>();
        foreach (var coding in new[] { "gzip", "br", "identity" })
        {
            foreach (var expectHit in new[] { false, true })
            {
                _commands.Clear();
                var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
                var response = await visitor.SendAsync(request);
                Assert.Equal(expectHit, _commands.Count == 0);
                Assert.Equal(coding == "identity" ? [] : [coding], response.Content.Headers.ContentEncoding);
                bodies.Add(await DecodeAsync(response, coding));
            }
        }

        Assert.Single(bodies.Distinct());
        Assert.Contains("<html", bodies[0], StringComparison.Ordinal);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response, string coding)
    {
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = coding switch
        {
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task AStoredPage_Answers304_ToItsETag_WithoutBuildingIt()
    {
        var visitor = _factory.CreateClient();
        var tag = (await visitor.GetAsync("/tin-tuc")).Headers.ETag;
        Assert.NotNull(tag);

        _commands.Clear();
        var request = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc");
        request.Headers.IfNoneMatch.Add(tag);
        var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(0, _commands.Count);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnAnswerThatSetsACookie_IsNotStored()
    {
        // The question form carries an antiforgery token and sets its cookie: each visitor needs their own.
        var first = await _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).GetAsync("/hoi-dap");
        var second = await _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).GetAsync("/hoi-dap");

        var firstCookie = HttpRequests.SetCookie(first, ".AspNetCore.Antiforgery");
        var secondCookie = HttpRequests.SetCookie(second, ".AspNetCore.Antiforgery");
        Assert.NotNull(firstCookie);
        Assert.NotNull(secondCookie);
        Assert.NotEqual(firstCookie, secondCookie);
    }

    [Fact]
    public async Task TheStylesheet_IsLinkedByItsFingerprint_CachedForAYear_WhileTheBarePathIsRevalidated()
    {
        var visitor = _factory.CreateClient();
        var page = await visitor.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.Matches(@"^/css/site\.[a-z0-9]{6,}\.css$", href);

        var fingerprinted = await visitor.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, fingerprinted.StatusCode);
        var cacheControl = fingerprinted.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains("immutable", cacheControl.Extensions.Select(e => e.Name));
        Assert.False(cacheControl.Private || cacheControl.NoStore || cacheControl.NoCache);

        var bare = await visitor.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.DoesNotContain("immutable", bare.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("31536000", bare.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(await bare.Content.ReadAsStringAsync(), await fingerprinted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSwitch_TurnsCachingOff()
    {
        using var off = new OutputCacheTests(enabled: false);
        var visitor = off._factory.CreateClient();

        await off.VisitAsync(visitor, "/");
        Assert.True((await off.VisitAsync(visitor, "/")).Commands > 0);
    }
}
