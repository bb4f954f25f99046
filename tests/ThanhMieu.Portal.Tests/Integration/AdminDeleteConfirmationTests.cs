using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Deleting an indicator's observation or a target's progress update asks first, and works without JavaScript: the edit
/// screen links to a confirmation page that names the row and deletes nothing; only the post from that page deletes.
/// </summary>
public sealed class AdminDeleteConfirmationTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string MainForm = "main form[method=post]";

    public static TheoryData<string> Kinds() => new(nameof(Observation), nameof(ProgressUpdate));

    /// <summary>
    /// A row made for one test: its parent's admin section and id (/admin/chi-tieu/12), its own section and id below that
    /// (so-lieu/34), another parent that exists, and what the confirmation page must say.
    /// </summary>
    private sealed record Row(
        string Section, int ParentId, string ChildSection, int ChildId, int OtherParentId, string Question, string Value, Func<Task<bool>> ExistsAsync)
    {
        public string EditUrl => Invariant($"/admin/{Section}/{ParentId}/sua");

        public string ConfirmUrl => ConfirmUrlOf(ParentId, ChildId);

        public string ConfirmUrlOf(int parentId, int childId) => Invariant($"/admin/{Section}/{parentId}/{ChildSection}/{childId}/xoa");

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<Row> CreateRowAsync(HttpClient client, string kind)
    {
        var name = "Xóa có hỏi " + Guid.NewGuid().ToString("N")[..8];
        if (kind == nameof(Observation))
        {
            var indicatorId = IdFromRedirect(await client.SubmitAsync(
                "/admin/chi-tieu/tao", MainForm, new Dictionary<string, string> { ["Form.Name"] = name, ["Form.Unit"] = "%" }));
            await client.SubmitAsync($"/admin/chi-tieu/{indicatorId}/sua", "form[action$='/so-lieu/them']", new Dictionary<string, string>
            {
                ["NewObservation.Year"] = "2023",
                ["NewObservation.Value"] = "12,75",
            });
            var observationId = await factory.WithDbAsync(db => db.Observations.Where(o => o.IndicatorId == indicatorId).Select(o => o.Id).SingleAsync());
            var otherIndicator = await factory.IdOfAsync<Indicator>("ty-le-ho-can-ngheo");
            return new Row(
                "chi-tieu", indicatorId, "so-lieu", observationId, otherIndicator,
                $"Xóa số liệu 2023 của chỉ số “{name}”?", "12,75%",
                () => factory.WithDbAsync(db => db.Observations.AnyAsync(o => o.Id == observationId)));
        }

        var targetId = IdFromRedirect(await client.SubmitAsync(
            "/admin/muc-tieu/tao", MainForm, new Dictionary<string, string> { ["Form.Title"] = name, ["Form.Unit"] = "km" }));
        await client.SubmitAsync($"/admin/muc-tieu/{targetId}/sua", "form[action$='/tien-do/them']", new Dictionary<string, string>
        {
            ["NewUpdate.Date"] = "15/03/2026",
            ["NewUpdate.Value"] = "4,5",
            ["NewUpdate.Note"] = "Đã thông xe đoạn đầu",
        });
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(p => p.TargetId == targetId).Select(p => p.Id).SingleAsync());
        var otherTarget = await factory.WithDbAsync(db => db.Targets.Where(t => t.Id != targetId).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        return new Row(
            "muc-tieu", targetId, "tien-do", updateId, otherTarget,
            $"Xóa tiến độ ngày 15/03/2026 của mục tiêu “{name}”?", "4,5 km",
            () => factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(p => p.Id == updateId)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EditScreen_LinksToAConfirmationPage_ThatNamesTheRow_AndDeletesNothing(string kind)
    {
        var client = await factory.SignedInClientAsync();
        var row = await CreateRowAsync(client, kind);

        var edit = await client.GetDocumentAsync(row.EditUrl);
        var confirm = await client.GetDocumentAsync(row.ConfirmUrl);

        Assert.NotNull(edit.QuerySelector($"a[href='{row.ConfirmUrl}']"));
        Assert.Null(edit.QuerySelector($"form[action='{row.ConfirmUrl}']"));
        Assert.Equal(row.Question, confirm.QuerySelector("main h1")?.TextContent);
        Assert.Contains(row.Value, Text(confirm.QuerySelector("main dl")!), StringComparison.Ordinal);
        var form = confirm.QuerySelector($"main form[method=post][action='{row.ConfirmUrl}']");
        Assert.NotNull(form);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Xóa", form.QuerySelector("button[type=submit]")?.TextContent);
        var keep = form.QuerySelectorAll("a").SingleOrDefault(a => a.TextContent == "Không xóa, quay lại");
        Assert.StartsWith(row.EditUrl + "#", keep?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(await row.ExistsAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PostFromTheConfirmationPage_DeletesTheRow_AndReturnsToTheEditScreen(string kind)
    {
        var client = await factory.SignedInClientAsync();
        var row = await CreateRowAsync(client, kind);

        var response = await client.SubmitAsync(row.ConfirmUrl, MainForm);

        AssertRedirect(response, row.EditUrl + "#");
        Assert.False(await row.ExistsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(row.ConfirmUrl)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ConfirmationPageOfAnUnknownRow_Answers404(string kind)
    {
        var client = await factory.SignedInClientAsync();
        var row = await CreateRowAsync(client, kind);
        string[] unknown = [row.ConfirmUrlOf(row.ParentId, 999999), row.ConfirmUrlOf(999999, row.ChildId), row.ConfirmUrlOf(row.OtherParentId, row.ChildId)];

        foreach (var url in unknown)
        {
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).StatusCode, $"GET {url} should answer 404");
        }

        Assert.True(await row.ExistsAsync());
    }
}
