using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/nhat-ky names what was changed the way staff know it: a Vietnamese type and the item's own name, never an id.</summary>
public sealed class AuditTrailTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>
    /// The one audit row of <paramref name="actor"/>, type and action (filtered as an administrator would), checked cell by
    /// cell. The type and details name the item: no "#12", no "PortalUser #ceebafdf-…", no account id.
    /// </summary>
    private async Task AssertSingleRowAsync(
        string actor, string entityType, AuditAction action, string shownAction, string shownType, string details, string? accountId = null)
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var document = await admin.GetDocumentAsync($"/admin/nhat-ky?User={Uri.EscapeDataString(actor)}&EntityType={entityType}&Action={action}");

        var row = Assert.Single(document.QuerySelectorAll("tbody tr")).QuerySelectorAll("td").Select(Text).ToArray();
        Assert.Equal([shownAction, shownType, details], row[2..]);
        Assert.DoesNotContain("#", row[3] + row[4], StringComparison.Ordinal);
        Assert.DoesNotContain(entityType, row[3] + row[4], StringComparison.Ordinal);
        if (accountId is not null)
        {
            Assert.DoesNotContain(accountId, row[3] + row[4], StringComparison.Ordinal);
        }
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

        await AssertSingleRowAsync(email, nameof(Observation), AuditAction.Update, "Cập nhật", "Số liệu",
            $"Số liệu {year} của chỉ số “{indicatorName}”: Ghi chú");
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
        await AssertSingleRowAsync(email, nameof(ProgressUpdate), AuditAction.Create, "Tạo mới", "Tiến độ",
            $"Tiến độ ngày 15/03/2026 của mục tiêu “{title}”");
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
        await AssertSingleRowAsync(adminEmail, nameof(PortalUser), AuditAction.Create, "Tạo mới", "Tài khoản",
            $"“Lê Văn Cường” ({email}): Tạo tài khoản (Biên tập viên)", id);
    }

    [Fact]
    public async Task SignIn_IsShownWithTheAccountsEmail_WhenItsNameIsTheEmail()
    {
        var email = $"dang-nhap-{Guid.NewGuid():N}@example.org";
        var user = await factory.CreateUserAsync(email);

        await factory.CreateBrowserClient().SignInAsync(email, AdminClient.Password);

        await AssertSingleRowAsync(email, nameof(PortalUser), AuditAction.SignIn, "Đăng nhập", "Tài khoản", $"{email}: Đăng nhập thành công", user.Id);
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

    [Theory]
    [InlineData("To=9999-12-31")]
    [InlineData("From=0001-01-01")]
    [InlineData("To=31/12/9999")]
    [InlineData("From=2026-02-30")]
    public async Task ADateOutsideTheYearsTheWardRecords_IsABadRequest_NotAnError(string query)
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var response = await admin.GetAsync($"/admin/nhat-ky?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
