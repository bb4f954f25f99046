using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Scheduling and publish times, with the app's clock replaced by one the test moves.</summary>
public sealed class ArticleSchedulingTests : IDisposable
{
    private readonly PortalFactory _portal = new();
    // Starts at the real time (cookies and keys stay plausible), on a whole minute as a datetime-local input has no seconds.
    private readonly FakeTimeProvider _clock = new(WholeMinute(DateTimeOffset.UtcNow));
    private readonly WebApplicationFactory<Program> _factory;

    public ArticleSchedulingTests()
    {
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose() => _portal.Dispose();

    private static DateTimeOffset WholeMinute(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private async Task<Article> ArticleAsync(int id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private static string VietnamInput(DateTimeOffset utc) =>
        VietnameseFormat.ToVietnamTime(utc.UtcDateTime).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ScheduledArticle_IsHiddenUntilItsTime_ThenShown_WithoutRestart()
    {
        var client = await _factory.SignedInClientAsync();
        var title = $"Lịch bơi chải ngày hội {ArticleForms.Unique()}";
        var publishAt = _clock.GetUtcNow().AddHours(1);

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = VietnamInput(publishAt);
        });
        var slug = (await ArticleAsync(id)).Slug;
        var visitor = _factory.CreateClient();

        Assert.Equal(publishAt.UtcDateTime, (await ArticleAsync(id)).PublishedAtUtc);
        Assert.DoesNotContain(title, (await visitor.GetDocumentAsync("/tin-tuc")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tin-tuc/" + slug)).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tin-tuc/" + slug)).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(title, (await visitor.GetDocumentAsync("/tin-tuc")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/tin-tuc/" + slug)).StatusCode);
    }

    [Fact]
    public async Task PublishTime_EnteredAs0800VietnamTime_IsStoredAs0100Utc_AndShownBackAs0800()
    {
        var client = await _factory.SignedInClientAsync();

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Hẹn giờ tám giờ sáng {ArticleForms.Unique()}";
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = "2031-03-02T08:00";
        });

        Assert.Equal(new DateTime(2031, 3, 2, 1, 0, 0, DateTimeKind.Utc), (await ArticleAsync(id)).PublishedAtUtc);
        var form = await client.GetDocumentAsync(ArticleForms.EditUrl(id));
        Assert.Equal("2031-03-02T08:00", ArticleForms.EditorFields(form)["PublishAt"]);
        Assert.Equal("datetime-local", form.QuerySelector("input[name=PublishAt]")?.GetAttribute("type"));
    }

    [Fact]
    public async Task Published_WithoutTime_IsPublishedNow()
    {
        var client = await _factory.SignedInClientAsync();
        _clock.Advance(TimeSpan.FromMinutes(7));

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Đăng ngay {ArticleForms.Unique()}";
            f["Status"] = nameof(ArticleStatus.Published);
            f["PublishAt"] = "";
        });

        Assert.Equal(_clock.GetUtcNow().UtcDateTime, (await ArticleAsync(id)).PublishedAtUtc);
    }

    [Fact]
    public async Task ResavingAPublishedArticle_KeepsItsPublishTimeToTheSecond()
    {
        var client = await _factory.SignedInClientAsync();
        _clock.Advance(TimeSpan.FromSeconds(42));
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Giữ giờ đăng {ArticleForms.Unique()}";
            f["Status"] = nameof(ArticleStatus.Published);
        });
        var published = (await ArticleAsync(id)).PublishedAtUtc;
        _clock.Advance(TimeSpan.FromMinutes(5));

        var response = await client.EditArticleAsync(id, f => f["Summary"] = "Sửa tóm tắt");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(42, published!.Value.Second);
        Assert.Equal(published, (await ArticleAsync(id)).PublishedAtUtc);
    }

    [Fact]
    public async Task ScheduledArticleWhoseTimeHasCome_ReadsPublished_InTheListAndOnTheDashboard()
    {
        var client = await _factory.SignedInClientAsync();
        var title = $"Hẹn giờ rồi đăng {ArticleForms.Unique()}";
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = VietnamInput(_clock.GetUtcNow().AddHours(1));
        });
        var publishedBefore = await PublishedCountAsync(client);

        Assert.Equal("Hẹn giờ", await ListedStateAsync(client, id));
        Assert.Contains(title, DashboardSection(await client.GetDocumentAsync("/admin"), "hen-gio"));

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal("Đã xuất bản", await ListedStateAsync(client, id));
        Assert.DoesNotContain(title, DashboardSection(await client.GetDocumentAsync("/admin"), "hen-gio"));
        Assert.Equal(publishedBefore + 1, await PublishedCountAsync(client));
        Assert.Equal(nameof(ArticleStatus.Published), ArticleForms.EditorFields(await client.GetDocumentAsync(ArticleForms.EditUrl(id)))["Status"]);
        Assert.Contains(title, TestForms.Text((await client.GetDocumentAsync("/admin/bai-viet?Status=Published&Q=" + Uri.EscapeDataString(title))).Body!));
    }

    [Fact]
    public async Task ArticleList_ShowsTheNewestFirst()
    {
        var client = await _factory.SignedInClientAsync();

        // The seeded articles were all written in one save, so only their publish times tell them apart.
        var seeded = (await client.GetDocumentAsync("/admin/bai-viet")).QuerySelectorAll("table.article-list tbody tr td:nth-child(4) time")
            .Select(t => DateTime.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind))
            .ToList();
        Assert.True(seeded.Count > 1);
        Assert.Equal(seeded.OrderByDescending(t => t), seeded);

        var older = await client.CreatePublishedAsync($"Cũ hơn {ArticleForms.Unique()}", "A");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var newer = await client.CreatePublishedAsync($"Mới hơn {ArticleForms.Unique()}", "B");

        var rows = (await client.GetDocumentAsync("/admin/bai-viet")).QuerySelectorAll("table.article-list tbody tr td:first-child a")
            .Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(ArticleForms.EditUrl(newer), rows[0]);
        Assert.Equal(ArticleForms.EditUrl(older), rows[1]);
    }

    private static async Task<string> ListedStateAsync(HttpClient client, int id)
    {
        var page = await client.GetDocumentAsync("/admin/bai-viet?Show=All");
        var row = page.QuerySelectorAll("table.article-list tbody tr")
            .Single(r => r.QuerySelector("td a")?.GetAttribute("href") == ArticleForms.EditUrl(id));
        return row.QuerySelector(".status")!.TextContent.Trim();
    }

    private static string DashboardSection(AngleSharp.Html.Dom.IHtmlDocument page, string headingId) =>
        page.GetElementById(headingId)!.ParentElement!.TextContent;

    private static async Task<int> PublishedCountAsync(HttpClient client)
    {
        var text = (await client.GetDocumentAsync("/admin")).QuerySelector("main p")!.TextContent;
        var digits = System.Text.RegularExpressions.Regex.Match(text, @"Đang có ([\d.]+) bài").Groups[1].Value.Replace(".", "", StringComparison.Ordinal);
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}
