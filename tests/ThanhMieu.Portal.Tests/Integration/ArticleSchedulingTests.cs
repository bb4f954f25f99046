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
}
