using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Many editors saving the same item at the same moment, all from the version they opened: exactly one save wins,
/// every other one gets the conflict page (409) with its own text still in the form, never a 500, and the history
/// and audit trail record one save. Also what the stamp and the revision hook guarantee for a single save.
/// </summary>
public sealed class ConcurrentSaveTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const int Editors = 8;

    [Fact]
    public async Task SimultaneousArticleSaves_FromOneStamp_OneWins_TheOthersGet409WithTheirText()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.CreatePublishedAsync($"Cùng lúc {Unique()}", "Bản chung.");
        var opened = await client.EditFieldsAsync(id);
        var revisionsBefore = await factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));
        var editors = await Task.WhenAll(Enumerable.Range(0, Editors).Select(_ => factory.SignedInClientAsync()));

        var responses = await PostAllAtOnceAsync(editors, EditUrl(id), i => new(opened) { ["BodyMarkdown"] = $"Bản của người thứ {i}." });

        var winner = await AssertOneWinnerAsync(responses, i => $"Bản của người thứ {i}.", "form[data-article-editor] textarea[name=BodyMarkdown]");
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal($"Bản của người thứ {winner}.", article.BodyMarkdown);
        Assert.Equal(revisionsBefore + 1, await factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
        Assert.Equal(1, await UpdatesAuditedAsync(nameof(Article), id));
    }

    [Fact]
    public async Task SimultaneousHeritageSaves_FromOneStamp_OneWins_TheOthersGet409WithTheirText()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<HeritageSite>("den-tam-giang");
        var opened = FormFields(await client.GetDocumentAsync($"/admin/di-san/{id}/sua"), "form.narrow");
        var editors = await Task.WhenAll(Enumerable.Range(0, Editors).Select(_ => factory.SignedInClientAsync()));

        var responses = await PostAllAtOnceAsync(editors, $"/admin/di-san/{id}/sua", i => new(opened) { ["Form.Address"] = $"Địa chỉ số {i}" });

        var winner = await AssertOneWinnerAsync(responses, i => $"Địa chỉ số {i}", "input[name='Form.Address']");
        var site = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal($"Địa chỉ số {winner}", site.Address);
        Assert.Equal(1, await UpdatesAuditedAsync(nameof(HeritageSite), id));
    }

    [Fact]
    public async Task AnEmptyStamp_IsIgnoredOnCreate_AndRefusedOnEdit()
    {
        var client = await factory.SignedInClientAsync();
        var fields = await client.NewArticleFieldsAsync();
        fields["Title"] = $"Không dấu thời gian {Unique()}";
        fields["ConcurrencyStamp"] = "";

        var created = await client.PostFormAsync("/admin/bai-viet/tao", fields);
        var id = IdFromRedirect(created);
        var edit = await client.EditFieldsAsync(id);
        edit["ConcurrencyStamp"] = "";
        var edited = await client.PostFormAsync(EditUrl(id), edit);

        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
    }

    [Fact]
    public async Task ArchivingAnArticleWithoutHistory_KeepsItsEarlierStateAsRevisionOne()
    {
        var (id, savedAt) = await factory.WithDbAsync(async db =>
        {
            var article = new Article
            {
                Title = $"Chưa có lịch sử {Unique()}",
                Slug = "chua-co-lich-su-" + Unique(),
                CategoryId = await db.Categories.Select(c => c.Id).FirstAsync(),
                Status = ArticleStatus.Published,
                PublishedAtUtc = DateTime.UtcNow.AddDays(-3),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return (article.Id, article.UpdatedAtUtc);
        });
        var client = await factory.SignedInClientAsync();

        var archived = await client.PostFormAsync($"/admin/bai-viet/{id}/luu-tru", [], EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var revisions = await factory.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(savedAt, revisions[0].SavedAtUtc);
        Assert.Equal("Lưu trữ", revisions[1].Note);
    }

    /// <summary>Each editor's token is fetched first, so the saves themselves leave together.</summary>
    private static async Task<HttpResponseMessage[]> PostAllAtOnceAsync(
        HttpClient[] editors, string url, Func<int, Dictionary<string, string>> fieldsOf)
    {
        var tokens = await Task.WhenAll(editors.Select(e => e.GetAntiforgeryTokenAsync(url)));
        return await Task.WhenAll(editors.Select((editor, i) =>
        {
            var fields = fieldsOf(i);
            fields[TokenField] = tokens[i];
            return editor.PostAsync(url, new FormUrlEncodedContent(fields));
        }));
    }

    /// <summary>Exactly one redirect; every other response a 409 whose form holds that editor's own value. Returns the winner.</summary>
    private static async Task<int> AssertOneWinnerAsync(HttpResponseMessage[] responses, Func<int, string> valueOf, string field)
    {
        Assert.All(responses, r => Assert.True(
            r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"Unexpected {(int)r.StatusCode}"));
        var winners = Enumerable.Range(0, responses.Length).Where(i => responses[i].StatusCode == HttpStatusCode.Redirect).ToList();
        var winner = Assert.Single(winners);
        foreach (var i in Enumerable.Range(0, responses.Length).Where(i => i != winner))
        {
            var page = await ParseAsync(responses[i]);
            var element = page.QuerySelector(field);
            var kept = element is IHtmlTextAreaElement area ? area.Value : (element as IHtmlInputElement)?.Value;
            Assert.Equal(valueOf(i), kept?.ReplaceLineEndings("\n").Trim());
        }

        return winner;
    }

    private Task<int> UpdatesAuditedAsync(string type, int id) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == type && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && a.Action == AuditAction.Update && a.AtUtc > DateTime.UtcNow.AddMinutes(-5)));
}
