using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>
/// The shared edit pipeline's rules, called directly on a content type's service over a real SQLite database, with no
/// HTTP: the stamp check, the one slug rule, archive and restore through the same save, and the one visibility rule.
/// </summary>
public sealed class EditPipelineTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task Update_WithAStaleStamp_IsAConflict_AndKeepsTheSavedValue()
    {
        var (id, stamp) = await CreateTagAsync("Thẻ xung đột");
        Assert.Equal(SaveStatus.Saved, (await UpdateTagAsync(id, stamp, "Bản đầu tiên")).Status);

        var stale = await UpdateTagAsync(id, stamp, "Bản cũ hơn");

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        var comparison = stale.Page!.Conflict!;
        Assert.Equal("Bản đầu tiên", comparison.Rows.Single(r => r.Label == "Từ khóa").Saved);
        Assert.Equal("Bản cũ hơn", stale.Page.Form.Name);
        Assert.Equal("Bản đầu tiên", await NameAsync(id));
    }

    [Fact]
    public async Task Update_WithoutAStamp_IsMalformed()
    {
        var (id, _) = await CreateTagAsync("Thẻ không dấu thời gian");

        Assert.Equal(SaveStatus.Malformed, (await UpdateTagAsync(id, Guid.Empty, "Đổi")).Status);
    }

    [Fact]
    public async Task Create_SuggestsASlugFromTheName_MadeUniqueQuietly()
    {
        var name = "Thẻ trùng tên " + Guid.NewGuid().ToString("N")[..6];
        var (first, _) = await CreateTagAsync(name);
        var (second, _) = await CreateTagAsync(name);

        var slugs = await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == first || t.Id == second).OrderBy(t => t.Id).Select(t => t.Slug).ToListAsync());
        Assert.Equal(Services.Slugifier.Slugify(name), slugs[0]);
        Assert.Equal(slugs[0] + "-2", slugs[1]);
    }

    [Fact]
    public async Task Create_WithATypedSlugThatIsTaken_IsRefusedBesideTheSlug()
    {
        var (id, _) = await CreateTagAsync("Thẻ giữ đường dẫn");
        var taken = await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync());

        var (outcome, modelState) = await WithTagsAsync((tags, state) => tags.CreateAsync(new TagForm { Name = "Thẻ khác", Slug = taken }, state, default));

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Contains(taken, modelState["Form.Slug"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task Create_WithAMalformedSlug_SuggestsAWellFormedOne()
    {
        var (outcome, modelState) = await WithTagsAsync((tags, state) => tags.CreateAsync(new TagForm { Name = "Thẻ", Slug = "Đình Bạch Hạc" }, state, default));

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Contains("dinh-bach-hac", modelState["Form.Slug"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task ArchiveAndRestore_GoThroughTheStampedSave_AndSayWhenThereIsNothingToDo()
    {
        var (id, stamp) = await CreateTagAsync("Thẻ lưu trữ");

        var archived = await InScopeAsync(s => s.GetRequiredService<TagAdmin>().SetArchivedAsync(id, archived: true, default));
        var again = await InScopeAsync(s => s.GetRequiredService<TagAdmin>().SetArchivedAsync(id, archived: true, default));
        var tag = await factory.WithDbAsync(db => db.Tags.AsNoTracking().SingleAsync(t => t.Id == id));
        var restored = await InScopeAsync(s => s.GetRequiredService<TagAdmin>().SetArchivedAsync(id, archived: false, default));

        Assert.StartsWith("Đã lưu trữ", archived);
        Assert.Contains("từ trước", again);
        Assert.True(tag.IsArchived);
        Assert.NotEqual(stamp, tag.ConcurrencyStamp);
        Assert.StartsWith("Đã khôi phục", restored);
        Assert.False(await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.IsArchived).SingleAsync()));
        Assert.Null(await InScopeAsync(s => s.GetRequiredService<TagAdmin>().SetArchivedAsync(987654, archived: true, default)));
    }

    [Theory]
    [InlineData(false, ArticleStatus.Published, -1, false, true)]
    [InlineData(false, ArticleStatus.Scheduled, -1, false, true)]
    [InlineData(false, ArticleStatus.Scheduled, 1, false, false)]
    [InlineData(false, ArticleStatus.Draft, -1, false, false)]
    [InlineData(true, ArticleStatus.Published, -1, false, false)]
    [InlineData(false, ArticleStatus.Published, -1, true, false)]
    public void VisibleAt_IsTheOneRuleOfWhatResidentsSee(bool archived, ArticleStatus status, int hoursFromNow, bool categoryArchived, bool visible)
    {
        var now = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var article = new Article
        {
            Title = "t",
            Slug = "t",
            IsArchived = archived,
            Status = status,
            PublishedAtUtc = now.AddHours(hoursFromNow),
            Category = new Category { Name = "c", Slug = "c", IsArchived = categoryArchived },
        };

        Assert.Equal(visible, Article.VisibleAt(now).Compile()(article));
        Assert.Equal(visible, Article.InState(ArticleState.Published, now).Compile()(article) && !categoryArchived);
    }

    [Fact]
    public void AScheduledArticleWhoseTimeHasPassed_IsPublished_NotScheduled()
    {
        var now = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var article = new Article { Title = "t", Slug = "t", Status = ArticleStatus.Scheduled, PublishedAtUtc = now.AddMinutes(-1) };

        Assert.Equal(ArticleState.Published, article.StateAt(now));
        Assert.Equal(ArticleState.Scheduled, article.StateAt(now.AddMinutes(-2)));
        Assert.True(Article.InState(ArticleState.Published, now).Compile()(article));
        Assert.False(Article.InState(ArticleState.Scheduled, now).Compile()(article));
    }

    private async Task<(int Id, Guid Stamp)> CreateTagAsync(string name)
    {
        var (outcome, _) = await WithTagsAsync((tags, state) => tags.CreateAsync(new TagForm { Name = name }, state, default));
        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var stamp = await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == outcome.Id).Select(t => t.ConcurrencyStamp).SingleAsync());
        return (outcome.Id, stamp);
    }

    private async Task<EditOutcome<TaxonomyEditPage<TagForm>>> UpdateTagAsync(int id, Guid stamp, string name) =>
        (await WithTagsAsync((tags, state) => tags.UpdateAsync(id, new TagForm { Name = name, ConcurrencyStamp = stamp }, state, default))).Result;

    private Task<string> NameAsync(int id) => factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Name).SingleAsync());

    /// <summary>Runs <paramref name="work"/> on a fresh scope's tag service, with the model state a controller would pass.</summary>
    private async Task<(T Result, ModelStateDictionary State)> WithTagsAsync<T>(Func<TagAdmin, FormState, Task<T>> work)
    {
        var state = new ModelStateDictionary();
        var result = await InScopeAsync(s => work(s.GetRequiredService<TagAdmin>(), new FormState(state, TagAdmin.MainFormPrefix)));
        return (result, state);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
