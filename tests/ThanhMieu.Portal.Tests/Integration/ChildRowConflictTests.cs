using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// An indicator's observation and a target's progress update are saved from their parent's edit screen. Two saves from
/// the same opened screen meet as two saves of an article do: the first wins, the second gets the conflict page (409)
/// with the saved values beside its own and its own still in the row's form, and saving that form again replaces the
/// other edit on purpose. Nothing is lost silently.
/// </summary>
public sealed class ChildRowConflictTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TwoStaleObservationSaves_TheSecondGetsTheConflictPage_AndCanReplaceTheFirstOnPurpose()
    {
        var (indicatorId, observationId) = await factory.WithDbAsync(async db =>
            await db.Observations.Where(o => o.Indicator!.Slug == "tong-von-dau-tu-toan-xa-hoi").Select(o => new { o.IndicatorId, o.Id }).FirstAsync() is var o
                ? (o.IndicatorId, o.Id) : default);
        var page = $"/admin/chi-tieu/{indicatorId}/sua";
        var rowForm = $"form[action$='/so-lieu/{observationId}/sua']";
        var prefix = $"Observation{observationId}.";
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var openedByFirst = await first.GetDocumentAsync(page);
        var openedBySecond = await second.GetDocumentAsync(page);

        var won = await first.SubmitAsync(openedByFirst, rowForm, new Dictionary<string, string> { [prefix + "Note"] = "Ghi chú của người thứ nhất" });
        var lost = await second.SubmitAsync(openedBySecond, rowForm, new Dictionary<string, string> { [prefix + "Note"] = "Ghi chú của người thứ hai" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var conflict = await ParseAsync(lost);
        Assert.Contains("Ghi chú của người thứ nhất", conflict.QuerySelector(".conflict-table .saved-value")!.TextContent);
        Assert.Contains("Ghi chú của người thứ hai", conflict.QuerySelector(".conflict-table .submitted-value")!.TextContent);
        Assert.Equal("Ghi chú của người thứ hai", ((IHtmlTextAreaElement)conflict.QuerySelector($"{rowForm} textarea[name='{prefix}Note']")!).Value.Trim());
        Assert.True(conflict.QuerySelector($"#so-lieu-{observationId}")!.HasAttribute("open"), "the row with the conflict is open");
        Assert.Contains("người khác lưu", conflict.QuerySelector($"{rowForm} .field-error")!.TextContent);
        Assert.Equal("Ghi chú của người thứ nhất", await NoteOfObservationAsync(observationId));

        var replaced = await second.SubmitAsync(conflict, rowForm);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Ghi chú của người thứ hai", await NoteOfObservationAsync(observationId));
    }

    [Fact]
    public async Task TwoStaleProgressUpdateSaves_TheSecondGetsTheConflictPage_AndCanReplaceTheFirstOnPurpose()
    {
        var client = await factory.SignedInClientAsync();
        var targetId = await factory.IdOfAsync<Target>("phuong-thong-minh-tren-nen-tang-du-lieu-so-dong-bo");
        var page = $"/admin/muc-tieu/{targetId}/sua";
        var added = await client.SubmitAsync(page, "form[action$='/tien-do/them']", new Dictionary<string, string>
        {
            ["NewUpdate.Date"] = "15/06/2026",
            ["NewUpdate.Note"] = "Bản đầu",
        });
        AssertRedirect(added, page);
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.TargetId == targetId).MaxAsync(u => u.Id));
        var rowForm = $"form[action$='/tien-do/{updateId}/sua']";
        var prefix = $"Update{updateId}.";
        var second = await factory.SignedInClientAsync();
        var openedByFirst = await client.GetDocumentAsync(page);
        var openedBySecond = await second.GetDocumentAsync(page);

        var won = await client.SubmitAsync(openedByFirst, rowForm, new Dictionary<string, string> { [prefix + "Note"] = "Sửa lần một" });
        var lost = await second.SubmitAsync(openedBySecond, rowForm, new Dictionary<string, string> { [prefix + "Value"] = "75", [prefix + "Note"] = "Sửa lần hai" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var conflict = await ParseAsync(lost);
        var table = conflict.QuerySelector(".conflict-table")!.TextContent;
        Assert.Contains("Sửa lần một", table);
        Assert.Contains("Sửa lần hai", table);
        Assert.Equal("75", ((IHtmlInputElement)conflict.QuerySelector($"{rowForm} input[name='{prefix}Value']")!).Value);
        Assert.Equal(("Sửa lần một", (decimal?)null), await UpdateAsync(updateId));

        var replaced = await second.SubmitAsync(conflict, rowForm);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(("Sửa lần hai", (decimal?)75), await UpdateAsync(updateId));
    }

    [Fact]
    public async Task SimultaneousObservationSaves_FromOneScreen_OneWins_TheOthersGet409()
    {
        var (indicatorId, observationId) = await factory.WithDbAsync(async db =>
            await db.Observations.OrderByDescending(o => o.Id).Select(o => new { o.IndicatorId, o.Id }).FirstAsync() is var o
                ? (o.IndicatorId, o.Id) : default);
        var page = $"/admin/chi-tieu/{indicatorId}/sua";
        var url = $"/admin/chi-tieu/{indicatorId}/so-lieu/{observationId}/sua";
        var opened = FormFields(await (await factory.SignedInClientAsync()).GetDocumentAsync(page), $"form[action='{url}']");
        var editors = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.SignedInClientAsync()));
        var tokens = await Task.WhenAll(editors.Select(e => e.GetAntiforgeryTokenAsync(page)));

        var responses = await Task.WhenAll(editors.Select((editor, i) => editor.PostAsync(url, new FormUrlEncodedContent(
            new Dictionary<string, string>(opened) { [$"Observation{observationId}.Note"] = $"Người thứ {i}", [TokenField] = tokens[i] }))));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"Unexpected {(int)r.StatusCode}"));
        var winner = Assert.Single(Enumerable.Range(0, responses.Length), i => responses[i].StatusCode == HttpStatusCode.Redirect);
        Assert.Equal($"Người thứ {winner}", await NoteOfObservationAsync(observationId));
    }

    [Fact]
    public async Task ARowSaveWithoutItsStamp_IsABadRequest_AndChangesNothing()
    {
        var client = await factory.SignedInClientAsync();
        var (indicatorId, observationId) = await factory.WithDbAsync(async db =>
            await db.Observations.OrderBy(o => o.Id).Select(o => new { o.IndicatorId, o.Id }).FirstAsync() is var o
                ? (o.IndicatorId, o.Id) : default);
        var before = await NoteOfObservationAsync(observationId);
        var page = await client.GetDocumentAsync($"/admin/chi-tieu/{indicatorId}/sua");

        var response = await client.SubmitAsync(page, $"form[action$='/so-lieu/{observationId}/sua']", new Dictionary<string, string>
        {
            [$"Observation{observationId}.ConcurrencyStamp"] = "",
            [$"Observation{observationId}.Note"] = "Không có dấu",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await NoteOfObservationAsync(observationId));
    }

    [Fact]
    public async Task EveryChildRow_GetsItsOwnStampAndTimes_WhenSaved()
    {
        var rows = await factory.WithDbAsync(async db => new[]
        {
            await db.Observations.AsNoTracking().Select(o => new { o.ConcurrencyStamp, o.CreatedAtUtc }).ToListAsync(),
            await db.Officials.AsNoTracking().Select(o => new { o.ConcurrencyStamp, o.CreatedAtUtc }).ToListAsync(),
        }.SelectMany(r => r).ToList());

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotEqual(Guid.Empty, r.ConcurrencyStamp));
        Assert.All(rows, r => Assert.True(r.CreatedAtUtc.Year >= 2025));
        Assert.Equal(rows.Count, rows.Select(r => r.ConcurrencyStamp).Distinct().Count());
    }

    private Task<string> NoteOfObservationAsync(int id) =>
        factory.WithDbAsync(db => db.Observations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Note).SingleAsync());

    private Task<(string Note, decimal? Value)> UpdateAsync(int id) =>
        factory.WithDbAsync(async db => await db.ProgressUpdates.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Note, u.Value }).SingleAsync() is var u
            ? (u.Note, u.Value) : default);
}
