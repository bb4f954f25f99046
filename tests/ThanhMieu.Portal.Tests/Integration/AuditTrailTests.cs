using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.ContentTestHelpers;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/nhat-ky names what was changed the way staff know it: a Vietnamese type and the item's own name, never an id.</summary>
public sealed class AuditTrailTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>The audit rows of one actor, type and action, each as its cells' text.</summary>
    private async Task<List<string[]>> RowsAsync(string actor, string entityType, AuditAction action)
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var document = await admin.GetDocumentAsync($"/admin/nhat-ky?User={Uri.EscapeDataString(actor)}&EntityType={entityType}&Action={action}");
        return [.. document.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(Text).ToArray())];
    }

    /// <summary>The type and details name the item; no "#12" or "PortalUser #ceebafdf-…" as before.</summary>
    private static void AssertNoRawId(string[] row)
    {
        Assert.DoesNotContain("#", row[3] + row[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedObservation_IsShownAsSoLieuOfTheNamedIndicator()
    {
        var email = $"so-lieu-{Guid.NewGuid():N}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var (indicatorId, indicatorName, observationId, year) = await factory.WithDbAsync(db => db.Observations
            .Where(o => o.Indicator!.Slug == "ty-le-ho-ngheo" && o.Year != null && o.StartYear == null)
            .OrderBy(o => o.Id)
            .Select(o => ValueTuple.Create(o.IndicatorId, o.Indicator!.Name, o.Id, o.Year!.Value))
            .FirstAsync());

        await client.SubmitAsync($"/admin/chi-tieu/{indicatorId}/sua", $"#so-lieu-{observationId} form[action$='/sua']",
            new Dictionary<string, string> { [$"Observation{observationId}.Note"] = "Ghi chú cho nhật ký." });

        var row = Assert.Single(await RowsAsync(email, nameof(Observation), AuditAction.Update));
        Assert.Equal("Cập nhật", row[2]);
        Assert.Equal("Số liệu", row[3]);
        Assert.Equal($"Số liệu {year} của chỉ tiêu “{indicatorName}”: Ghi chú", row[4]);
        AssertNoRawId(row);
    }

    [Fact]
    public async Task AddedProgressUpdate_IsShownAsTienDoOfTheNamedTarget()
    {
        var email = $"tien-do-{Guid.NewGuid():N}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var (targetId, title) = await factory.WithDbAsync(db => db.Targets.OrderBy(t => t.Id)
            .Select(t => ValueTuple.Create(t.Id, t.Title)).FirstAsync());

        var response = await client.SubmitAsync($"/admin/muc-tieu/{targetId}/sua", "form[action$='/tien-do/them']",
            new Dictionary<string, string> { ["NewUpdate.Date"] = "15/03/2026", ["NewUpdate.Note"] = "Tiến độ cho nhật ký." });

        AssertRedirect(response, $"/admin/muc-tieu/{targetId}/sua");
        var row = Assert.Single(await RowsAsync(email, nameof(ProgressUpdate), AuditAction.Create));
        Assert.Equal("Tạo mới", row[2]);
        Assert.Equal("Tiến độ", row[3]);
        Assert.Equal($"Tiến độ ngày 15/03/2026 của mục tiêu “{title}”", row[4]);
        AssertNoRawId(row);
    }

    [Fact]
    public async Task CreatedAccount_IsShownAsTaiKhoanWithItsNameAndEmail()
    {
        var adminEmail = $"quan-tri-{Guid.NewGuid():N}@example.org";
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole, adminEmail);
        var email = $"moi-{Guid.NewGuid():N}@example.org";

        var response = await admin.SubmitAsync("/admin/nguoi-dung/tao", "main form[method=post]",
            new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Lê Văn Cường", ["Role"] = PortalUser.EditorRole });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var row = Assert.Single(await RowsAsync(adminEmail, nameof(PortalUser), AuditAction.Create));
        Assert.Equal("Tạo mới", row[2]);
        Assert.Equal("Tài khoản", row[3]);
        Assert.Equal($"“Lê Văn Cường” ({email}): Tạo tài khoản (Biên tập viên)", row[4]);
        Assert.DoesNotContain(nameof(PortalUser), string.Join(" ", row), StringComparison.Ordinal);
        AssertNoRawId(row);
        Assert.DoesNotContain(id, string.Join(" ", row), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_IsShownWithTheAccountsEmail_WhenItsNameIsTheEmail()
    {
        var email = $"dang-nhap-{Guid.NewGuid():N}@example.org";
        var user = await factory.CreateUserAsync(email);

        await factory.CreateBrowserClient().SignInAsync(email, AdminTestHelpers.Password);

        var row = Assert.Single(await RowsAsync(email, nameof(PortalUser), AuditAction.SignIn));
        Assert.Equal("Đăng nhập", row[2]);
        Assert.Equal($"{email}: Đăng nhập thành công", row[4]);
        AssertNoRawId(row);
        Assert.DoesNotContain(user.Id, string.Join(" ", row), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeFilter_ListsTypesByTheirVietnameseNames()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var document = await admin.GetDocumentAsync("/admin/nhat-ky");

        var options = document.QuerySelectorAll("#EntityType option").ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent);
        Assert.Equal("Tài khoản", options[nameof(PortalUser)]);
        Assert.DoesNotContain(options.Values, name => name == nameof(PortalUser));
    }
}
