using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Screen-reader users move through a page by its headings and anchors: the outline must hold together.</summary>
public sealed class PageOutlineTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(PublicPagePaths.All), MemberType = typeof(PublicPagePaths))]
    public async Task Page_HasAnOutlineThatNeverSkipsALevelAndUniqueIds(string path)
    {
        var document = await _client.GetDocumentAsync(path);

        AssertOutline(path, document);
    }

    [Fact]
    public async Task EveryHeritageSiteAndArticlePage_HasASoundOutline()
    {
        var sites = await factory.WithDbAsync(db => db.HeritageSites.Where(h => !h.IsArchived).Select(h => "/di-san/" + h.Slug).ToListAsync());
        var articles = await factory.WithDbAsync(db => db.Articles
            .Where(a => a.Status == Domain.ArticleStatus.Published && a.PublishedAtUtc <= DateTime.UtcNow && !a.Category!.IsArchived)
            .Select(a => "/tin-tuc/" + a.Slug).ToListAsync());
        Assert.NotEmpty(sites);
        Assert.NotEmpty(articles);

        foreach (var path in sites.Concat(articles))
        {
            AssertOutline(path, await _client.GetDocumentAsync(path));
        }
    }

    [Fact]
    public async Task About_NestsEachUnitsHistoryUnderItsNameWithAnchorsOfItsOwn()
    {
        var document = await _client.GetDocumentAsync("/gioi-thieu");

        var bachHac = document.QuerySelector("section.unit[aria-labelledby=bach-hac]");
        Assert.NotNull(bachHac);
        Assert.Equal("h3", document.GetElementById("bach-hac")?.LocalName);
        Assert.Equal("h4", document.GetElementById("bach-hac-cac-moc-hanh-chinh")?.LocalName);
        Assert.Equal("h4", document.GetElementById("song-lo-cac-moc-hanh-chinh")?.LocalName);
        Assert.Null(document.GetElementById("cac-moc-hanh-chinh"));
    }

    private static void AssertOutline(string path, IHtmlDocument document)
    {
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: h.TextContent.Trim())).ToList();
        Assert.True(levels.Count > 0 && levels[0].Level == 1, $"{path}: the first heading is not an h1");
        Assert.True(levels.Count(l => l.Level == 1) == 1, $"{path}: more than one h1");
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(
                levels[i].Level <= levels[i - 1].Level + 1,
                $"{path}: h{levels[i].Level} “{levels[i].Text}” follows h{levels[i - 1].Level} “{levels[i - 1].Text}”");
        }

        var duplicates = document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{path}: ids used more than once: {string.Join(", ", duplicates)}");
    }
}
