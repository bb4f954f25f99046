using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Pinned announcements on the home page until their end date, with the app's clock replaced by one the test moves.</summary>
public sealed class PinnedAnnouncementTests : IDisposable
{
    private const string PinnedSection = "section[aria-labelledby=thong-bao-ghim]";

    private readonly PortalFactory _portal = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactory<Program> _factory;

    public PinnedAnnouncementTests()
    {
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose() => _portal.Dispose();

    private DateOnly TodayInVietnam => DateOnly.FromDateTime(VietnameseFormat.ToVietnamTime(_clock.GetUtcNow().UtcDateTime));

    private async Task<string> AnnouncementsCategoryAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThanhMieu.Portal.Data.PortalDbContext>();
        return (await db.Categories.SingleAsync(c => c.Slug == Category.AnnouncementsSlug)).Id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<string?> PinnedTextAsync() =>
        (await _factory.CreateClient().GetDocumentAsync("/")).QuerySelector(PinnedSection)?.TextContent;

    [Fact]
    public async Task PinnedAnnouncement_IsOnTheHomePage_UntilTheEndOfItsLastDay_ThenNot()
    {
        var client = await _factory.SignedInClientAsync();
        var category = await AnnouncementsCategoryAsync();
        var lastDay = TodayInVietnam.AddDays(2);
        var title = $"Thông báo lịch tiếp công dân {ArticleForms.Unique()}";

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["CategoryId"] = category;
            f["Status"] = nameof(ArticleStatus.Published);
            f["IsPinned"] = "true";
            f["PinnedUntil"] = lastDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        });

        Assert.Contains(title, await PinnedTextAsync(), StringComparison.Ordinal);
        var form = await client.GetDocumentAsync(ArticleForms.EditUrl(id));
        Assert.Equal(lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.QuerySelector("input[name=PinnedUntil]")?.GetAttribute("value"));

        // The last day ends at midnight in Vietnam (17:00 UTC the day before).
        var expiry = new DateTimeOffset(ThanhMieu.Portal.Areas.Admin.Models.ArticleForm.PinExpiryUtc(lastDay), TimeSpan.Zero);
        Assert.Equal(17, expiry.UtcDateTime.Hour);
        _clock.SetUtcNow(expiry.AddMinutes(-1));
        Assert.Contains(title, await PinnedTextAsync(), StringComparison.Ordinal);

        _clock.SetUtcNow(expiry);
        Assert.Null(await PinnedTextAsync());
        Assert.Contains(title, Text(await _factory.CreateClient().GetDocumentAsync("/thong-bao")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PinnedDraft_AndPinnedScheduledArticle_StayOffTheHomePage_UntilPublished()
    {
        var client = await _factory.SignedInClientAsync();
        var category = await AnnouncementsCategoryAsync();
        var until = TodayInVietnam.AddDays(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var draft = $"Bản nháp được ghim {ArticleForms.Unique()}";
        var scheduled = $"Thông báo hẹn giờ được ghim {ArticleForms.Unique()}";
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = draft;
            f["CategoryId"] = category;
            f["Status"] = nameof(ArticleStatus.Draft);
            f["IsPinned"] = "true";
            f["PinnedUntil"] = until;
        });
        var publishAt = _clock.GetUtcNow().AddHours(2);
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = scheduled;
            f["CategoryId"] = category;
            f["Status"] = nameof(ArticleStatus.Scheduled);
            f["PublishAt"] = VietnameseFormat.ToVietnamTime(publishAt.UtcDateTime).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            f["IsPinned"] = "true";
            f["PinnedUntil"] = until;
        });

        Assert.Null(await PinnedTextAsync());

        _clock.Advance(TimeSpan.FromHours(3));
        var pinned = await PinnedTextAsync();
        Assert.Contains(scheduled, pinned, StringComparison.Ordinal);
        Assert.DoesNotContain(draft, pinned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PinnedWithoutAnEndDate_IsRefusedWithAVietnameseMessage()
    {
        var client = await _factory.SignedInClientAsync();
        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Ghim không có ngày {ArticleForms.Unique()}";
        fields["Status"] = nameof(ArticleStatus.Published);
        fields["IsPinned"] = "true";
        fields["PinnedUntil"] = "";

        var response = await client.PostFormAsync(ArticleForms.CreateUrl, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Vui lòng chọn ngày kết thúc cho bài được ghim.", FieldError(await ParseAsync(response), "PinnedUntil"));
    }

    [Fact]
    public async Task UnpinnedArticle_KeepsNoEndDate()
    {
        var client = await _factory.SignedInClientAsync();

        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Không ghim {ArticleForms.Unique()}";
            f["Status"] = nameof(ArticleStatus.Published);
            f["PinnedUntil"] = TodayInVietnam.AddDays(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        });

        await using var scope = _factory.Services.CreateAsyncScope();
        var article = await scope.ServiceProvider.GetRequiredService<ThanhMieu.Portal.Data.PortalDbContext>().Articles.SingleAsync(a => a.Id == id);
        Assert.False(article.IsPinned);
        Assert.Null(article.PinnedUntilUtc);
        Assert.Null(await PinnedTextAsync());
    }
}
