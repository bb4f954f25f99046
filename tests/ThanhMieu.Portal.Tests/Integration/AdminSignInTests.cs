using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class AdminSignInTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private static string NewEmail() => $"can-bo-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task SignIn_WithTheRightPassword_OpensTheDashboardAndIsAudited()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();

        var response = await client.SignInAsync(email, AdminClient.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.LocationPath());
        var dashboard = await client.GetDocumentAsync("/admin");
        Assert.Contains("Tổng quan", dashboard.QuerySelector("h1")?.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignIn && a.UserName == email)));
    }

    [Fact]
    public async Task SignIn_ReturnsToALocalUrlOnly()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = AdminClient.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal("/admin", response.LocationPath());
    }

    [Fact]
    public async Task SignIn_WithEmptyFields_ShowsVietnameseMessagesBesideTheFields()
    {
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await TestForms.ParseAsync(response);
        Assert.Equal("Vui lòng nhập email.", document.QuerySelector("[data-valmsg-for=Email]")?.TextContent.Trim());
        Assert.Equal("Vui lòng nhập mật khẩu.", document.QuerySelector("[data-valmsg-for=Password]")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WithAnOverlongPassword_IsAValidationMessageNotAnError()
    {
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string>
        {
            ["Email"] = "ai-do@example.org",
            ["Password"] = new string('x', 100_000),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không được dài quá 128", (await TestForms.ParseAsync(response)).Body?.TextContent);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccountForFifteenMinutes()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.SignInAsync(email, "mat-khau-sai-hoan-toan");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var response = await client.SignInAsync(email, AdminClient.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm thời bị khóa", (await TestForms.ParseAsync(response)).Body?.TextContent);
        var (lockoutEnd, failures, lockouts) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return (user.LockoutEnd,
                await db.AuditEntries.CountAsync(a => a.UserName == email && a.Action == AuditAction.SignInFailed),
                await db.AuditEntries.CountAsync(a => a.UserName == email && a.Action == AuditAction.LockedOut));
        });
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(4, failures);
        Assert.Equal(2, lockouts);
    }

    [Fact]
    public async Task UnknownEmail_FailsWithTheSameMessageAndIsAudited()
    {
        var email = NewEmail();
        var client = factory.CreateBrowserClient();

        var response = await client.SignInAsync(email, AdminClient.Password);

        Assert.Contains("Email hoặc mật khẩu không đúng.", (await TestForms.ParseAsync(response)).Body?.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignInFailed && a.UserName == email)));
    }

    [Fact]
    public async Task FailedSignIn_WithAVeryLongEmail_IsStillAudited()
    {
        var email = new string('a', 240) + "@example.org";
        var client = factory.CreateBrowserClient();

        var response = await client.SignInAsync(email, AdminClient.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignInFailed && a.UserName.StartsWith("aaaaaaaaaa"))));
    }

    [Fact]
    public async Task PasswordChange_EndsTheUsersOtherSessions_AndKeepsThisOne()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var phone = factory.CreateBrowserClient();
        var desk = factory.CreateBrowserClient();
        await phone.SignInAsync(email, AdminClient.Password);
        await desk.SignInAsync(email, AdminClient.Password);
        await desk.GetDocumentAsync("/admin");

        var changed = await phone.PostFormAsync("/admin/doi-mat-khau", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AdminClient.Password,
            ["NewPassword"] = "mot-mat-khau-moi-that-dai",
            ["ConfirmPassword"] = "mot-mat-khau-moi-that-dai",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/admin")).StatusCode);
        var other = await desk.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/admin/dang-nhap", other.LocationPath());
    }

    [Fact]
    public async Task ChangePassword_RejectsShortPasswordsBesideTheField()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.PostFormAsync("/admin/doi-mat-khau", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AdminClient.Password,
            ["NewPassword"] = "ngan",
            ["ConfirmPassword"] = "ngan",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("từ 12 đến 128", (await TestForms.ParseAsync(response)).QuerySelector("[data-valmsg-for=NewPassword]")?.TextContent);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionsAndBlocksSignIn()
    {
        var email = NewEmail();
        var editorUser = await factory.CreateUserAsync(email);
        var editor = factory.CreateBrowserClient();
        await editor.SignInAsync(email, AdminClient.Password);
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var disabled = await admin.PostFormAsync($"/admin/nguoi-dung/{editorUser.Id}/vo-hieu-hoa", [], formPage: "/admin/nguoi-dung");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin")).StatusCode);
        var again = await factory.CreateBrowserClient().SignInAsync(email, AdminClient.Password);
        Assert.Contains("vô hiệu hóa", (await TestForms.ParseAsync(again)).Body?.TextContent);
    }

    [Fact]
    public async Task OneTimePassword_MustBeChangedBeforeAnythingElse()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email, mustChangePassword: true);
        var client = factory.CreateBrowserClient();

        var signIn = await client.SignInAsync(email, AdminClient.Password);

        Assert.Equal("/admin/doi-mat-khau", signIn.LocationPath());
        var elsewhere = await client.GetAsync("/admin/thu-vien");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/admin/doi-mat-khau", elsewhere.LocationPath());

        await client.PostFormAsync("/admin/doi-mat-khau", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AdminClient.Password,
            ["NewPassword"] = "mat-khau-rieng-cua-toi",
            ["ConfirmPassword"] = "mat-khau-rieng-cua-toi",
        });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task Administrator_CreatesAnEditorWithAOneTimePassword()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);
        var email = NewEmail();

        var response = await admin.PostFormAsync("/admin/nguoi-dung/tao", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = "Nguyễn Văn A",
            ["Role"] = PortalUser.EditorRole,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = (await TestForms.ParseAsync(response)).QuerySelector(".one-time-password code")?.TextContent;
        Assert.False(string.IsNullOrEmpty(password));
        var signIn = await factory.CreateBrowserClient().SignInAsync(email, password);
        Assert.Equal("/admin/doi-mat-khau", signIn.LocationPath());
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, PortalUser.EditorRole));
    }

    [Theory]
    [InlineData("12345678901", false)]
    [InlineData("123456789012", true)]
    [InlineData("chỉ-chữ-thường-không-số", true)]
    public async Task Passwords_NeedTwelveCharactersAndNoCompositionRules(string password, bool valid)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = NewEmail(), Email = NewEmail() };

        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, password)));

        Assert.Equal(valid, results.All(r => r.Succeeded));
    }

    [Fact]
    public async Task Passwords_AllowUpTo128Characters()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = NewEmail(), Email = NewEmail() };

        async Task<bool> Valid(string p) =>
            (await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, p)))).All(r => r.Succeeded);

        Assert.True(await Valid(new string('a', 128)));
        Assert.False(await Valid(new string('a', 129)));
    }
}
