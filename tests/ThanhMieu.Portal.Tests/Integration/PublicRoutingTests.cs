using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class PublicRoutingTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void PublicUrls_GivesThePathOfEachNamedRoute()
    {
        using var scope = factory.Services.CreateScope();
        var urls = scope.ServiceProvider.GetRequiredService<PublicUrls>();

        (string Actual, string Expected)[] paths =
        [
            (urls.Home(), "/"),
            (urls.About(), "/gioi-thieu"),
            (urls.FormerUnit("bach-hac"), "/gioi-thieu#bach-hac"),
            (urls.Congress(), "/dai-hoi"),
            (urls.Achievements(), "/thanh-tuu"),
            (urls.Indicator("ty-le-ho-ngheo"), "/thanh-tuu/ty-le-ho-ngheo"),
            (urls.Targets(), "/muc-tieu"),
            (urls.Targets("dot-pha-ha-tang-do-thi"), "/muc-tieu#dot-pha-ha-tang-do-thi"),
            (urls.Target("mot-muc-tieu"), "/muc-tieu/mot-muc-tieu"),
            (urls.Heritage(), "/di-san"),
            (urls.HeritageSite("den-tam-giang"), "/di-san/den-tam-giang"),
            (urls.News(), "/tin-tuc"),
            (urls.News(1), "/tin-tuc"),
            (urls.News(2), "/tin-tuc?trang=2"),
            (urls.Article("mot-bai-viet"), "/tin-tuc/mot-bai-viet"),
            (urls.Media("a1b2c3.webp"), "/media/a1b2c3.webp"),
        ];

        Assert.Equal(paths.Select(p => p.Expected), paths.Select(p => p.Actual));
    }

    [Fact]
    public async Task PublicUrls_AnchorsPointAtElementsOfTheirPages()
    {
        using var scope = factory.Services.CreateScope();
        var urls = scope.ServiceProvider.GetRequiredService<PublicUrls>();
        var breakthrough = await factory.WithDbAsync(db => db.Breakthroughs
            .Where(b => !b.IsArchived && b.TermStartYear == Services.PublicContent.CurrentTermStartYear).Select(b => b.Slug).FirstAsync());

        foreach (var url in new[] { urls.FormerUnit("bach-hac"), urls.Achievements("chi-tieu-ty-le-ho-ngheo"), urls.Targets(breakthrough) })
        {
            var (path, fragment) = (url[..url.IndexOf('#', StringComparison.Ordinal)], url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            var document = await _client.GetDocumentAsync(path);
            Assert.True(document.GetElementById(fragment) is not null, $"{url}: no element with id '{fragment}'");
        }
    }

    [Theory]
    [MemberData(nameof(PublicPagePaths.All), MemberType = typeof(PublicPagePaths))]
    public async Task Head_OfAPublicPage_AnswersLikeGetWithoutABody(string path)
    {
        var get = await _client.GetAsync(path);
        var head = await SendHeadAsync(path);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    [InlineData("/di-san/khong-ton-tai", HttpStatusCode.NotFound)]
    [InlineData("/tin-tuc/khong-ton-tai", HttpStatusCode.NotFound)]
    [InlineData("/tin-tuc?trang=999", HttpStatusCode.NotFound)]
    [InlineData("/tin-tuc?trang=abc", HttpStatusCode.BadRequest)]
    [InlineData("/loi/404", HttpStatusCode.NotFound)]
    public async Task Head_OfAMissingOrMalformedAddress_AnswersTheErrorStatusWithoutABody(string path, HttpStatusCode expected)
    {
        var get = await _client.GetAsync(path);
        var head = await SendHeadAsync(path);

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_OfAnUploadedImage_AnswersLikeGetWithoutABody()
    {
        var admin = await factory.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await MediaUploadTests.UploadAsync(admin, MediaUploadTests.TinyPng(), "den.png", "image/png")).StatusCode);
        var fileName = await factory.WithDbAsync(db => db.MediaAssets.OrderByDescending(m => m.Id).Select(m => m.FileName).FirstAsync());
        using var scope = factory.Services.CreateScope();
        var path = scope.ServiceProvider.GetRequiredService<PublicUrls>().Media(fileName);

        var get = await _client.GetAsync(path);
        var head = await SendHeadAsync(path);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("image/png", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> SendHeadAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        return await _client.SendAsync(request);
    }
}
