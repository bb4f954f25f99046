using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/tuan-thu as shipped: it says honestly what the decree asks for and the portal does not have yet.</summary>
public sealed class ComplianceAsShippedTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ShippedPortal_IsWarnedOfItsEmptyContacts_AndOfEveryOtherEmptyCategory()
    {
        var client = await factory.SignedInClientAsync();

        var page = await client.GetDocumentAsync("/admin/tuan-thu");
        var rows = ComplianceRows.Of(page);

        Assert.Equal(10, rows.Count);
        foreach (var empty in new[] { "Thông tin liên hệ", "Thông báo", "Thủ tục hành chính", "Công khai ngân sách", "Hỏi đáp" })
        {
            Assert.StartsWith("Cần bổ sung", rows[empty].Status, StringComparison.Ordinal);
            Assert.Contains("Chưa có nội dung.", rows[empty].Status, StringComparison.Ordinal);
            Assert.Equal("0", rows[empty].Count);
        }

        foreach (var filled in new[] { "Giới thiệu chung", "Tổ chức bộ máy", "Lãnh đạo", "Văn bản", "Trang tiếng Anh" })
        {
            Assert.Equal("Đạt", rows[filled].Status);
        }

        Assert.Equal("5", rows["Giới thiệu chung"].Count);
        Assert.Equal("Chưa cập nhật", rows["Thông tin liên hệ"].Updated);
        Assert.Contains("5 trên 10 mục cần bổ sung", Text(page.QuerySelector("main [role=status]")!), StringComparison.Ordinal);
        Assert.Contains("5 mục thông tin bắt buộc cần bổ sung", Text((await client.GetDocumentAsync("/admin")).QuerySelector("main")!), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav a[href='/admin/tuan-thu'][aria-current=page]"));
    }
}

/// <summary>The compliance page follows what staff save, and warns of what has not been updated for a long time.</summary>
public sealed class ComplianceTests : IDisposable
{
    private readonly PortalFactory _portal = new(settings: new Dictionary<string, string?> { ["Admin:ComplianceStaleAfterDays"] = "30" });
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactory<Program> _factory;

    public ComplianceTests()
    {
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task Contacts_ListWhatIsStillMissing_UntilEveryDetailIsFilledIn_AndUntranslatedTextIsNamed()
    {
        var admin = await _factory.SignedInClientAsync(PortalUser.AdministratorRole);
        AssertRedirect(await admin.SubmitAsync("/admin/cai-dat", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.OfficeAddress"] = "Số 3 đường Thử",
            ["Form.Phone"] = "0210 333 444",
        }), "/admin/cai-dat");

        var rows = ComplianceRows.Of(await admin.GetDocumentAsync("/admin/tuan-thu"));
        Assert.Contains("Còn thiếu: Thư điện tử, Giờ làm việc, Lịch tiếp công dân, Bộ phận một cửa, Cơ quan chủ quản, Người chịu trách nhiệm.", rows["Thông tin liên hệ"].Status, StringComparison.Ordinal);
        Assert.Contains("0 cơ quan chưa có tên tiếng Anh; 1 thông tin liên hệ chưa có bản tiếng Anh.", rows["Trang tiếng Anh"].Status, StringComparison.Ordinal);

        AssertRedirect(await admin.SubmitAsync("/admin/cai-dat", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Email"] = "lienhe@thu.example.vn",
            ["Form.WorkingHours"] = "Thứ Hai đến thứ Sáu",
            ["Form.ReceptionSchedule"] = "Sáng thứ Năm",
            ["Form.OneStopDeskPlace"] = "Tầng 1",
            ["Form.ManagingAgency"] = "Ủy ban nhân dân phường Thử",
            ["Form.ResponsiblePerson"] = "Người Thử",
        }), "/admin/cai-dat");

        rows = ComplianceRows.Of(await admin.GetDocumentAsync("/admin/tuan-thu"));
        Assert.Equal("Đạt", rows["Thông tin liên hệ"].Status);
        Assert.Equal("8", rows["Thông tin liên hệ"].Count);
        Assert.Contains("5 thông tin liên hệ chưa có bản tiếng Anh", rows["Trang tiếng Anh"].Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACategoryNotUpdatedForLongerThanTheConfiguredDays_IsWarned_AndASaveClearsIt()
    {
        _ = _factory.Services; // the content is seeded at start, on the clock's first day
        _clock.Advance(TimeSpan.FromDays(31));
        var editor = await _factory.SignedInClientAsync();

        var rows = ComplianceRows.Of(await editor.GetDocumentAsync("/admin/tuan-thu"));
        Assert.Contains("Đã 31 ngày không cập nhật; vui lòng kiểm tra lại.", rows["Tổ chức bộ máy"].Status, StringComparison.Ordinal);
        Assert.Contains("Đã 31 ngày không cập nhật", rows["Giới thiệu chung"].Status, StringComparison.Ordinal);

        var id = await _portal.IdOfAsync<Organisation>("dang-uy-phuong");
        AssertRedirect(await editor.SubmitAsync($"/admin/to-chuc/{id}/sua", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Contact"] = "Trụ sở Đảng ủy (thử)",
        }), $"/admin/to-chuc/{id}/sua");

        rows = ComplianceRows.Of(await editor.GetDocumentAsync("/admin/tuan-thu"));
        Assert.Equal("Đạt", rows["Tổ chức bộ máy"].Status);
        Assert.StartsWith("Cần bổ sung", rows["Giới thiệu chung"].Status, StringComparison.Ordinal);
    }
}

internal sealed record ComplianceRow(string Count, string Updated, string Status);

internal static class ComplianceRows
{
    /// <summary>The table's rows by category name (the row header's first line, without what the decree asks).</summary>
    public static Dictionary<string, ComplianceRow> Of(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.compliance tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.ChildNodes[0].TextContent.Trim(),
            tr =>
            {
                var cells = tr.QuerySelectorAll("td").Select(td => Text(td)).ToList();
                return new ComplianceRow(cells[0], cells[1], cells[2]);
            });
}
