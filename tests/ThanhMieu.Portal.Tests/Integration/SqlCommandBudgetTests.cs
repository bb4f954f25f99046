using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Every public page is built with at most <see cref="Budget"/> SQL commands, and no more when the database holds
/// more articles and tags (no query per row). Output caching is off, so each request builds its page.
/// </summary>
public sealed class SqlCommandBudgetTests(CountingPortal portal) : IClassFixture<CountingPortal>
{
    public const int Budget = 3;

    public const string QuestionSlug = "gio-tiep-cong-dan-kiem-dem";

    /// <summary>The public pages, with one page of each kind of item (an answered question is added by the test).</summary>
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (var path in PublicPagePaths.All.Cast<object[]>().Select(row => (string)row[0]))
        {
            pages.Add(path);
        }

        pages.Add("/hoi-dap/" + QuestionSlug);
        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APublicPage_IsBuiltWithinTheCommandBudget(string path)
    {
        await AddAnsweredQuestionAsync(portal);
        var commands = await CommandsOfAsync(portal, path);

        Assert.True(commands.Count <= Budget, $"{path} sent {commands.Count} SQL commands (budget {Budget}):\n{string.Join("\n---\n", commands)}");
    }

    [Fact]
    public async Task TwentyMoreArticlesAndTags_SendNoMoreCommands()
    {
        using var grown = new CountingPortal();
        await AddAnsweredQuestionAsync(grown);
        var paths = Pages().Cast<object[]>().Select(row => (string)row[0]).ToList();
        var before = new Dictionary<string, int>();
        foreach (var path in paths)
        {
            before[path] = (await CommandsOfAsync(grown, path)).Count;
        }

        await grown.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == Category.NewsSlug);
            var seededTag = await db.Tags.SingleAsync(t => t.Slug == "sap-xep-don-vi-hanh-chinh");
            var seededSlug = PublicPagePaths.Article["/tin-tuc/".Length..];
            var seededArticle = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Slug == seededSlug);
            var now = DateTime.UtcNow;
            for (var i = 0; i < 20; i++)
            {
                var tag = new Tag { Name = $"Thẻ thêm {i}", Slug = $"the-them-{i}" };
                seededArticle.Tags.Add(tag);
                db.Articles.Add(new Article
                {
                    Title = $"Bài thêm {i}",
                    Slug = $"bai-them-{i}",
                    Summary = "Tóm tắt",
                    BodyMarkdown = "Nội dung",
                    BodyHtml = "<p>Nội dung</p>",
                    Category = category,
                    Status = ArticleStatus.Published,
                    PublishedAtUtc = now.AddMinutes(-i - 1),
                    Tags = [seededTag, tag],
                });
            }

            return await db.SaveChangesAsync();
        });

        var grownCounts = new List<string>();
        foreach (var path in paths)
        {
            var after = (await CommandsOfAsync(grown, path)).Count;
            if (after > before[path])
            {
                grownCounts.Add($"{path}: {before[path]} -> {after}");
            }
        }

        Assert.Empty(grownCounts);
    }

    /// <summary>The commands of a second GET of <paramref name="path"/> (the first fills what is kept in memory, e.g. the settings).</summary>
    private static async Task<IReadOnlyList<string>> CommandsOfAsync(CountingPortal portal, string path)
    {
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var warm = await client.GetAsync(path);
        Assert.True(warm.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {warm.StatusCode}");
        portal.Commands.Clear();
        var response = await client.GetAsync(path);
        Assert.Equal(warm.StatusCode, response.StatusCode);
        return portal.Commands.For(path);
    }

    private static Task<int> AddAnsweredQuestionAsync(CountingPortal portal) =>
        portal.WithDbAsync(async db =>
        {
            if (await db.Questions.AnyAsync(q => q.Slug == QuestionSlug))
            {
                return 0;
            }

            db.Questions.Add(new Question
            {
                Subject = "Giờ tiếp công dân",
                Slug = QuestionSlug,
                Body = "Phường tiếp công dân vào những ngày nào?",
                TrackingCode = "KDEMCAUHOI",
                SubmittedAtUtc = DateTime.UtcNow.AddDays(-2),
                Status = QuestionStatus.Answered,
                AnswerMarkdown = "Sáng thứ Năm hằng tuần.",
                AnswerHtml = "<p>Sáng thứ Năm hằng tuần.</p>",
                AnsweredAtUtc = DateTime.UtcNow.AddDays(-1),
            });
            return await db.SaveChangesAsync();
        });
}
