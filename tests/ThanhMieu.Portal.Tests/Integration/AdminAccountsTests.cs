using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class AdminAccountsTests
{
    private sealed class DevelopmentPortal(string environment) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }

    [Fact]
    public async Task Development_WithNoUsers_CreatesOneAdministratorWhoMustChangeTheOneTimePassword()
    {
        using var factory = new DevelopmentPortal("Development");

        var users = await factory.WithDbAsync(db => db.Users.ToListAsync());

        var admin = Assert.Single(users);
        Assert.True(admin.MustChangePassword);
        Assert.NotNull(admin.PasswordHash);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().IsInRoleAsync(admin, PortalUser.AdministratorRole));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopment_NoAccountExistsUntilOneIsCreated(string environment)
    {
        using var factory = new DevelopmentPortal(environment);

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Roles.CountAsync()));
    }

    [Fact]
    public async Task CreateAdminCommand_CreatesAnAdministratorWhoCanSignIn()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, output) = await RunPortalAsync(folder, "correct-horse-battery-staple", "create-admin", "--email", "chu-tich@example.org", "--name", "Trần Thị B");

            Assert.True(exit == 0, output);
            Assert.Contains("Đã tạo quản trị viên chu-tich@example.org.", output);
            using var factory = new PortalFactory(folder);
            var client = factory.CreateBrowserClient();
            var signIn = await client.SignInAsync("chu-tich@example.org", "correct-horse-battery-staple");
            Assert.Equal("/admin", signIn.LocationPath());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/nguoi-dung")).StatusCode);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task CreateAdminCommand_RefusesAShortPassword()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, output) = await RunPortalAsync(folder, "ngan-qua", "create-admin", "--email", "a@example.org");

            Assert.Equal(1, exit);
            Assert.Contains("ít nhất 12 ký tự", output);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task CreateAdminCommand_ReadsThePasswordFromStandardInput()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, output) = await RunPortalAsync(folder, null, "create-admin", "--email", "stdin@example.org");

            Assert.True(exit == 0, output);
            using var factory = new PortalFactory(folder);
            var signIn = await factory.CreateBrowserClient().SignInAsync("stdin@example.org", "mat-khau-tu-dau-vao-chuan");
            Assert.Equal("/admin", signIn.LocationPath());
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    private static Task<(int Exit, string Output)> RunPortalAsync(string dataFolder, string? passwordVariable, params string[] args) =>
        PortalProcess.RunAsync(dataFolder, args, passwordVariable is null ? [] : new() { ["PORTAL_ADMIN_PASSWORD"] = passwordVariable }, "mat-khau-tu-dau-vao-chuan");

    [Fact]
    public async Task ContentChangesBySignedInStaff_AreAuditedWithWhatChanged()
    {
        using var factory = new PortalFactory();
        var accessor = factory.Services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new(System.Security.Claims.ClaimTypes.NameIdentifier, "u-1"), new(System.Security.Claims.ClaimTypes.Name, "bien-tap@example.org")],
                "Test")),
        };
        try
        {
            var (indicatorId, articleId) = await factory.WithDbAsync(async db =>
            {
                var indicator = await db.Indicators.FirstAsync();
                indicator.Name += " (sửa)";
                var article = await db.Articles.FirstAsync(a => a.Status == ArticleStatus.Published);
                article.IsArchived = true;
                await db.SaveChangesAsync();
                return (indicator.Id, article.Id);
            });

            var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
            var update = Assert.Single(entries, e => e.EntityType == nameof(Indicator));
            Assert.Equal(AuditAction.Update, update.Action);
            Assert.Equal(indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture), update.EntityId);
            Assert.Equal("bien-tap@example.org", update.UserName);
            Assert.Contains("Tên", update.Summary);
            var archive = Assert.Single(entries, e => e.EntityType == nameof(Article));
            Assert.Equal(AuditAction.Archive, archive.Action);
            Assert.Equal(articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), archive.EntityId);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    [Fact]
    public async Task AuditTrail_CanBeFilteredByAction()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("nhat-ky@example.org");
        await factory.CreateBrowserClient().SignInAsync("nhat-ky@example.org", "sai-mat-khau-roi-nhe");
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var document = await admin.GetDocumentAsync("/admin/nhat-ky?Action=SignInFailed");

        var rows = document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Đăng nhập thất bại", r));
        Assert.Contains(rows, r => r.Contains("nhat-ky@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditTrail_WithAMalformedFilter_IsABadRequestNotAnError()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var response = await admin.GetAsync("/admin/nhat-ky?Action=KhongCo&From=32-13-2025");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
