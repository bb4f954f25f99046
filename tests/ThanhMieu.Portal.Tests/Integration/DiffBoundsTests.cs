using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Comparing revisions and the conflict page stay quick and small however much two texts differ.</summary>
public sealed class DiffBoundsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    private static string Lines(string prefix, int count) =>
        string.Join('\n', Enumerable.Range(0, count).Select(i => prefix + i.ToString("x4", CultureInfo.InvariantCulture)));

    [Fact]
    public async Task ThirtyThousandChangedLines_CompareAnswersQuickly_BoundedInBytes_AndPages()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreatePublishedAsync("So sánh lớn " + Unique(), "Mở đầu.");

        // Revisions kept from before the renderer's limits can be this long; a save today could not make them.
        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
            var last = await db.ArticleRevisions.Where(r => r.ArticleId == id).MaxAsync(r => r.Number);
            foreach (var (number, body) in new[] { (last + 1, Lines("a", 30_000)), (last + 2, Lines("b", 30_000)) })
            {
                db.ArticleRevisions.Add(new ArticleRevision
                {
                    ArticleId = id,
                    Number = number,
                    Title = article.Title,
                    Slug = article.Slug,
                    BodyMarkdown = body,
                    CategoryId = article.CategoryId,
                    SavedAtUtc = DateTime.UtcNow,
                    SavedBy = "test",
                    Note = "",
                });
            }

            return await db.SaveChangesAsync();
        });
        var to = await factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).MaxAsync(r => r.Number));
        var url = $"/admin/bai-viet/{id}/so-sanh?tu={to - 1}&den={to}";

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < Bound, $"compare took {watch.ElapsedMilliseconds} ms");
        Assert.True(html.Length < 500_000, $"compare page is {html.Length:N0} characters");
        var page = await ParseAsync(response);
        Assert.Contains("khác nhau quá nhiều", Text(page), StringComparison.Ordinal);
        Assert.Contains("Phần 1/150", Text(page), StringComparison.Ordinal);
        var next = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);

        var second = await client.GetDocumentAsync(next);
        Assert.Contains("Phần 2/150", Text(second), StringComparison.Ordinal);
        Assert.Contains("a0190", second.QuerySelector(".diff-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url + "&trang=151")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url + "&trang=0")).StatusCode);
    }

    [Fact]
    public async Task ConflictWithEveryLineChanged_Answers409Quickly_WithTheFirstPageOfTheDiff()
    {
        var client = await factory.SignedInClientAsync();
        var other = await factory.SignedInClientAsync();
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = "Xung đột lớn " + Unique();
            f["BodyMarkdown"] = Lines("a", 4_500);
        });
        var stale = await client.GetDocumentAsync(EditUrl(id));
        var saved = await other.SubmitAsync(EditUrl(id), EditorForm, new Dictionary<string, string> { ["BodyMarkdown"] = Lines("c", 4_500) });
        AssertRedirect(saved, EditUrl(id));

        var watch = Stopwatch.StartNew();
        var response = await client.SubmitAsync(stale, EditorForm, new Dictionary<string, string> { ["BodyMarkdown"] = Lines("b", 4_500) });
        var html = await response.Content.ReadAsStringAsync();
        watch.Stop();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(watch.Elapsed < Bound, $"conflict took {watch.ElapsedMilliseconds} ms");
        Assert.True(html.Length < 600_000, $"conflict page is {html.Length:N0} characters");
        var page = await ParseAsync(response);
        Assert.Equal(Models.TextDiffPageLines, page.QuerySelectorAll(".conflict .diff-line").Length);
        Assert.Contains("Chỉ hiện 400 dòng đầu trong 9.000 dòng", Text(page), StringComparison.Ordinal);
        Assert.StartsWith("b0000", page.QuerySelector("textarea[name=BodyMarkdown]")!.TextContent.TrimStart(), StringComparison.Ordinal);
    }

    private static class Models
    {
        public const int TextDiffPageLines = ThanhMieu.Portal.Areas.Admin.Models.TextDiff.PageLines;
    }
}
