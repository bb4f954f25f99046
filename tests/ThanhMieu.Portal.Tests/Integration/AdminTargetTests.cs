using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/muc-tieu: the term's targets with their progress updates, and the breakthroughs they serve.</summary>
public sealed class AdminTargetTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private async Task<int> CreateTargetAsync(HttpClient client, string title, Dictionary<string, string>? fields = null)
    {
        var breakthroughId = await factory.IdOfAsync<Breakthrough>("dot-pha-ha-tang-do-thi");
        var values = new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.BreakthroughId"] = breakthroughId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }

        return IdFromRedirect(await client.SubmitAsync("/admin/muc-tieu/tao", Form, values));
    }

    private static Task<HttpResponseMessage> AddUpdateAsync(HttpClient client, int targetId, Dictionary<string, string> fields) =>
        client.SubmitAsync($"/admin/muc-tieu/{targetId}/sua", "form[action$='/tien-do/them']", fields);

    [Fact]
    public async Task CreatedTarget_KeepsUnknownNumbersEmpty_AndShowsUnderItsBreakthrough()
    {
        var client = await factory.SignedInClientAsync();

        var id = await CreateTargetAsync(client, "Hoàn thiện hạ tầng ngầm hóa", new() { ["Form.Status"] = nameof(TargetStatus.AtRisk) });

        var target = await factory.WithDbAsync(db => db.Targets.SingleAsync(t => t.Id == id));
        Assert.Null(target.BaselineValue);
        Assert.Null(target.TargetValue);
        Assert.Null(target.DeadlineYear);
        Assert.Null(target.Metric);
        Assert.Null(target.Unit);
        Assert.Equal("hoan-thien-ha-tang-ngam-hoa", target.Slug);
        var page = await client.GetDocumentAsync("/muc-tieu");
        var item = page.QuerySelector("#hoan-thien-ha-tang-ngam-hoa");
        Assert.NotNull(item);
        Assert.Equal("dot-pha-ha-tang-do-thi", item.Closest("section")?.GetAttribute("aria-labelledby"));
        Assert.Contains("Có nguy cơ chậm", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ tiêu", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedTargetNumbers_AreParsedInVietnamese_AndShownOnTheTargetsPage()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Tỷ lệ hồ sơ trực tuyến");

        var response = await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", Form, new Dictionary<string, string>
        {
            ["Form.Metric"] = "Hồ sơ giải quyết trực tuyến",
            ["Form.Unit"] = "%",
            ["Form.BaselineValue"] = "42,5",
            ["Form.TargetValue"] = "95",
            ["Form.DeadlineYear"] = "2030",
        });

        AssertRedirect(response, $"/admin/muc-tieu/{id}/sua");
        var item = (await client.GetDocumentAsync("/muc-tieu")).QuerySelector("#ty-le-ho-so-truc-tuyen")!;
        Assert.Contains("Hồ sơ giải quyết trực tuyến 95%", Text(item), StringComparison.Ordinal);
        Assert.Contains("42,5%", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("2030", item.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.TargetValue", "chín mươi", "phải là một số")]
    [InlineData("Form.DeadlineYear", "1990", "phải từ 2000 đến 2100")]
    [InlineData("Form.Status", "Done", "không hợp lệ")]
    [InlineData("Form.Title", "", "Vui lòng nhập tên mục tiêu")]
    public async Task BadTargetInput_ShowsAMessage_AndChangesNothing(string field, string typed, string message)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Mục tiêu nhập sai " + field);
        var before = await factory.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));

        var response = await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", Form, new Dictionary<string, string> { [field] = typed });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        var after = await factory.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Theory]
    [InlineData("15/03/2026")]
    [InlineData("2026-03-15")]
    [InlineData("15-3-2026")]
    public async Task ProgressUpdate_AcceptsVietnameseAndDatePickerDates_AndShowsOnTheTargetsPage(string typed)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Mục tiêu tiến độ " + typed, new() { ["Form.Unit"] = "km" });

        var response = await AddUpdateAsync(client, id, new()
        {
            ["NewUpdate.Date"] = typed,
            ["NewUpdate.Value"] = "1.250",
            ["NewUpdate.Note"] = "Hoàn thành giai đoạn một.",
        });

        AssertRedirect(response, $"/admin/muc-tieu/{id}/sua#tien-do");
        var update = await factory.WithDbAsync(db => db.ProgressUpdates.SingleAsync(p => p.TargetId == id));
        Assert.Equal(new DateOnly(2026, 3, 15), update.Date);
        Assert.Equal(1250m, update.Value);
        var slug = await factory.WithDbAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync());
        var progress = (await client.GetDocumentAsync("/muc-tieu")).QuerySelector($"#{slug} .progress")!.TextContent;
        Assert.Contains("15/03/2026", progress, StringComparison.Ordinal);
        Assert.Contains("1.250 km", progress, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewUpdate.Date", "31/02/2026", "phải là một ngày")]
    [InlineData("NewUpdate.Date", "", "Vui lòng nhập ngày")]
    [InlineData("NewUpdate.Value", "1,2,3", "phải là một số")]
    [InlineData("NewUpdate.Note", "", "giá trị đạt được hoặc nội dung")]
    public async Task BadProgressUpdate_ShowsAMessageBesideTheField_AndSavesNothing(string field, string typed, string message)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Mục tiêu tiến độ sai " + field + typed.Length);
        var fields = new Dictionary<string, string> { ["NewUpdate.Date"] = "01/04/2026", ["NewUpdate.Note"] = "Ghi chú" };
        fields[field] = typed;
        if (field == "NewUpdate.Note")
        {
            fields["NewUpdate.Value"] = "";
        }

        var response = await AddUpdateAsync(client, id, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(p => p.TargetId == id)));
    }

    [Fact]
    public async Task RemovingAProgressUpdate_DeletesOnlyThatUpdate()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Mục tiêu xóa tiến độ");
        await AddUpdateAsync(client, id, new() { ["NewUpdate.Date"] = "01/01/2026", ["NewUpdate.Note"] = "Lần một" });
        await AddUpdateAsync(client, id, new() { ["NewUpdate.Date"] = "01/02/2026", ["NewUpdate.Note"] = "Lần hai" });
        var first = await factory.WithDbAsync(db => db.ProgressUpdates.Where(p => p.TargetId == id && p.Note == "Lần một").Select(p => p.Id).SingleAsync());

        var response = await client.SubmitAsync($"/admin/muc-tieu/{id}/tien-do/{first}/xoa", Form);

        AssertRedirect(response, $"/admin/muc-tieu/{id}/sua");
        Assert.Equal(["Lần hai"], await factory.WithDbAsync(db => db.ProgressUpdates.Where(p => p.TargetId == id).Select(p => p.Note).ToListAsync()));
    }

    [Fact]
    public async Task ProgressUpdateOfAnotherTarget_Answers404()
    {
        var client = await factory.SignedInClientAsync();
        var one = await CreateTargetAsync(client, "Mục tiêu A");
        var other = await CreateTargetAsync(client, "Mục tiêu B");
        await AddUpdateAsync(client, one, new() { ["NewUpdate.Date"] = "01/01/2026", ["NewUpdate.Note"] = "Của A" });
        var updateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(p => p.TargetId == one).Select(p => p.Id).SingleAsync());

        var response = await client.PostFormAsync($"/admin/muc-tieu/{other}/tien-do/{updateId}/xoa", [], "/admin/muc-tieu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.ProgressUpdates.AnyAsync(p => p.Id == updateId)));
    }

    [Theory]
    [InlineData("GET", "/admin/muc-tieu/999999/sua")]
    [InlineData("POST", "/admin/muc-tieu/999999/sua")]
    [InlineData("POST", "/admin/muc-tieu/999999/tien-do/them")]
    [InlineData("GET", "/admin/muc-tieu/dot-pha/999999/sua")]
    [InlineData("POST", "/admin/muc-tieu/dot-pha/999999/khoi-phuc")]
    public async Task UnknownIds_Answer404(string method, string url)
    {
        var client = await factory.SignedInClientAsync();

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Title"] = "x", ["NewUpdate.Date"] = "01/01/2026" }, "/admin/muc-tieu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditedBreakthrough_ShowsOnTheTargetsPage_AndArchivingHidesItsSection()
    {
        var client = await factory.SignedInClientAsync();
        var create = await client.SubmitAsync("/admin/muc-tieu/dot-pha/tao", Form, new Dictionary<string, string>
        {
            ["Form.Title"] = "Phát triển nguồn nhân lực",
            ["Form.TermStartYear"] = "2025",
            ["Form.Number"] = "3",
        });
        var id = IdFromRedirect(create);

        await client.SubmitAsync($"/admin/muc-tieu/dot-pha/{id}/sua", Form, new Dictionary<string, string> { ["Form.Summary"] = "Đào tạo cán bộ số." });

        var heading = (await client.GetDocumentAsync("/muc-tieu")).QuerySelector("#phat-trien-nguon-nhan-luc");
        Assert.Equal("Khâu đột phá thứ 3: Phát triển nguồn nhân lực", heading?.TextContent);
        Assert.Contains("Đào tạo cán bộ số.", heading!.ParentElement!.TextContent, StringComparison.Ordinal);

        await client.SubmitAsync($"/admin/muc-tieu/dot-pha/{id}/sua", $"form[action='/admin/muc-tieu/dot-pha/{id}/luu-tru']");

        Assert.Null((await client.GetDocumentAsync("/muc-tieu")).QuerySelector("#phat-trien-nguon-nhan-luc"));
    }

    [Fact]
    public async Task ArchivingATarget_HidesItFromTheTargetsPage_AndRestoringShowsItAgain()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateTargetAsync(client, "Mục tiêu lưu trữ thử");

        await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", $"form[action='/admin/muc-tieu/{id}/luu-tru']");
        Assert.Null((await client.GetDocumentAsync("/muc-tieu")).QuerySelector("#muc-tieu-luu-tru-thu"));

        await client.SubmitAsync($"/admin/muc-tieu/{id}/sua", $"form[action='/admin/muc-tieu/{id}/khoi-phuc']");
        Assert.NotNull((await client.GetDocumentAsync("/muc-tieu")).QuerySelector("#muc-tieu-luu-tru-thu"));
    }

    [Fact]
    public async Task TargetList_FiltersByBreakthrough_AndGeneralGoals()
    {
        var client = await factory.SignedInClientAsync();
        await CreateTargetAsync(client, "Mục tiêu thuộc khâu hạ tầng");
        var breakthroughId = await factory.IdOfAsync<Breakthrough>("dot-pha-ha-tang-do-thi");

        var byBreakthrough = Text(await client.GetDocumentAsync($"/admin/muc-tieu?Breakthrough={breakthroughId}"));
        var general = Text(await client.GetDocumentAsync("/admin/muc-tieu?Breakthrough=0"));

        Assert.Contains("Mục tiêu thuộc khâu hạ tầng", byBreakthrough, StringComparison.Ordinal);
        Assert.DoesNotContain("Mục tiêu thuộc khâu hạ tầng", general, StringComparison.Ordinal);
    }
}
