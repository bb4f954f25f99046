using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/tin-tuc/chuyen-muc/{slug}, /tin-tuc/the/{slug} and /thong-bao: visible articles only, newest first, links that work.</summary>
public sealed class ArticleListPagesTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string SeededNews = "Phường Thanh Miếu chính thức đi vào hoạt động";
    private const string CongressReport = "Tóm lược bài viết của đồng chí Phạm Xuân Hiệp";

    private async Task<string> IdOfCategoryAsync(string slug) =>
        (await factory.IdOfAsync<Category>(slug)).ToString(CultureInfo.InvariantCulture);

    private async Task<(string Published, string Draft, string Scheduled)> CreateAnnouncementsAsync(HttpClient client, string tagSlug)
    {
        var category = await IdOfCategoryAsync(Category.AnnouncementsSlug);
        var tag = (await factory.IdOfAsync<Tag>(tagSlug)).ToString(CultureInfo.InvariantCulture);
        var unique = ArticleForms.Unique();
        var titles = ($"Thông báo lịch tiếp dân {unique}", $"Bản nháp thông báo {unique}", $"Thông báo hẹn giờ {unique}");
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = titles.Item1;
            f["CategoryId"] = category;
            f["TagIds"] = tag;
            f["Status"] = nameof(ArticleStatus.Published);
        });
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = titles.Item2;
            f["CategoryId"] = category;
            f["TagIds"] = tag;
            f["Status"] = nameof(ArticleStatus.Draft);
        });
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = titles.Item3;
            f["CategoryId"] = category;
            f["TagIds"] = tag;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = "2099-01-01T08:00";
        });
        return titles;
    }

    [Fact]
    public async Task CategoryPage_ListsItsVisibleArticles_AndNoOthers()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/tin-tuc/chuyen-muc/tin-tuc");

        Assert.Equal("Tin tức", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(SeededNews, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(CongressReport, Text(page), StringComparison.Ordinal);
        var dates = page.QuerySelectorAll(".card time").Select(t => DateTime.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task CategoryPage_IsPaged_AndAPagePastTheLastIsNotFound()
    {
        var client = factory.CreateClient();

        var first = await client.GetDocumentAsync("/tin-tuc/chuyen-muc/tin-tuc");
        var next = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");

        Assert.Equal("/tin-tuc/chuyen-muc/tin-tuc?trang=2", next);
        Assert.NotEmpty((await client.GetDocumentAsync(next!)).QuerySelectorAll(".card"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/chuyen-muc/tin-tuc?trang=99")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/tin-tuc/chuyen-muc/tin-tuc?trang=hai")).StatusCode);
    }

    [Theory]
    [InlineData("/tin-tuc/chuyen-muc/khong-co-chuyen-muc-nay")]
    [InlineData("/tin-tuc/the/khong-co-the-nay")]
    [InlineData("/tin-tuc/chuyen-muc/Khong_Hop_Le")]
    public async Task UnknownCategoryOrTag_IsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task ArchivedCategoryAndTag_AreNotFound()
    {
        var unique = ArticleForms.Unique();
        await factory.WithDbAsync(async db =>
        {
            db.Categories.Add(new Category { Name = "Chuyên mục lưu trữ " + unique, Slug = "chuyen-muc-luu-tru-" + unique, IsArchived = true });
            db.Tags.Add(new Tag { Name = "Thẻ lưu trữ " + unique, Slug = "the-luu-tru-" + unique, IsArchived = true });
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/chuyen-muc/chuyen-muc-luu-tru-" + unique)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/the/the-luu-tru-" + unique)).StatusCode);
    }

    [Fact]
    public async Task Announcements_HaveTheirOwnPage_WithoutDraftsOrScheduledArticles()
    {
        var editor = await factory.SignedInClientAsync();
        var (published, draft, scheduled) = await CreateAnnouncementsAsync(editor, "chuyen-doi-so");
        var visitor = factory.CreateClient();

        var page = await visitor.GetDocumentAsync("/thong-bao");

        Assert.Equal("Thông báo", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(published, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(draft, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(scheduled, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(SeededNews, Text(page), StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector(".site-nav a[href='/thong-bao']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task TagPage_ListsTheTaggedVisibleArticles_WithoutDraftsOrScheduledArticles()
    {
        var editor = await factory.SignedInClientAsync();
        var (published, draft, scheduled) = await CreateAnnouncementsAsync(editor, "dai-hoi-dang-bo");

        var page = await factory.CreateClient().GetDocumentAsync("/tin-tuc/the/dai-hoi-dang-bo");

        Assert.Contains("Đại hội Đảng bộ", page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(published, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(draft, Text(page), StringComparison.Ordinal);
        Assert.DoesNotContain(scheduled, Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnouncementsCategoryAddress_RedirectsPermanentlyToTheAnnouncementsPage()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/tin-tuc/chuyen-muc/thong-bao?trang=2");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/thong-bao?trang=2", response.LocationPath());
    }

    [Theory]
    [InlineData(PublicPagePaths.Article, "article header .meta a, article .tags a", 2)]
    [InlineData("/tin-tuc", ".card .meta a", 6)]
    [InlineData("/", ".card .meta a", 3)]
    public async Task EveryCategoryAndTagName_IsALinkThatWorks(string path, string selector, int atLeast)
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(path);

        var links = page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

        Assert.True(links.Count >= atLeast, $"{path}: {links.Count} links");
        foreach (var link in links.Distinct())
        {
            Assert.Matches("^/(tin-tuc/(chuyen-muc|the)/[a-z0-9-]+|thong-bao)$", link);
            var list = await client.GetDocumentAsync(link);
            Assert.NotEmpty(list.QuerySelectorAll(".card"));
        }
    }

    [Fact]
    public async Task ArticlePage_LinksItsTag_ToTheTagPage()
    {
        var page = await factory.CreateClient().GetDocumentAsync(PublicPagePaths.Article);

        var tag = page.QuerySelector("article .tags a");

        Assert.Equal("/tin-tuc/the/sap-xep-don-vi-hanh-chinh", tag?.GetAttribute("href"));
        Assert.Equal("Sắp xếp đơn vị hành chính", tag?.TextContent.Trim());
        Assert.Equal("/tin-tuc/chuyen-muc/tin-tuc", page.QuerySelector("article header .meta a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SeededAnnouncementsCategory_Exists_WithNoInventedArticles()
    {
        var seed = ThanhMieu.Portal.Data.Seeding.SeedContent.LoadEmbedded();

        Assert.Contains(seed.Categories, c => c.Slug == Category.AnnouncementsSlug && c.Name == "Thông báo");
        Assert.DoesNotContain(seed.Articles, a => a.Category == Category.AnnouncementsSlug);
        Assert.True(await factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Slug == Category.AnnouncementsSlug && !c.IsArchived)));
    }
}
