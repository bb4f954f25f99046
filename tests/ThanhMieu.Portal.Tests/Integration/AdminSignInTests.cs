using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class AdminSignInTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>The iteration count of an Identity v3 hash (format byte, PRF, then the count, big-endian).</summary>
    private static int Iterations(string hash) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));

    [Fact]
    public async Task Passwords_AreHashedWith210000Iterations_AndAnOlderHashIsMadeAgainAtSignIn()
    {
        var email = $"bam-lai-{Guid.NewGuid():N}@example.org";
        var user = await factory.CreateUserAsync(email);
        Assert.Equal(Hosting.IdentityExtensions.PasswordIterations, Iterations(user.PasswordHash!));

        // A hash from before (Identity's default of 100,000), as an older database holds it.
        var older = new PasswordHasher<PortalUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.PasswordHash = older.HashPassword(stored, AdminClient.Password);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserClient().SignInAsync(email, AdminClient.Password)).StatusCode);
        var rehashed = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.Equal(Hosting.IdentityExtensions.PasswordIterations, Iterations(rehashed!));
    }

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
    public async Task FiveFailures_LockTheAccountFromThatAddress_ForFifteenMinutes()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();

        var messages = new List<string?>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.SignInAsync(email, "mat-khau-sai-hoan-toan");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            messages.Add(await SummaryAsync(failed));
        }

        var response = await client.SignInAsync(email, AdminClient.Password);

        Assert.Equal(Enumerable.Repeat("Email hoặc mật khẩu không đúng.", 4), messages.Take(4));
        Assert.Contains("tạm thời bị khóa", messages[4]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm thời bị khóa", await SummaryAsync(response));
        var (user, failures, lockouts) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return (user,
                await db.AuditEntries.CountAsync(a => a.UserName == email && a.Action == AuditAction.SignInFailed),
                await db.AuditEntries.CountAsync(a => a.UserName == email && a.Action == AuditAction.LockedOut));
        });

        // The lock is this address's: the account itself is not locked for the colleague signing in elsewhere.
        Assert.Null(user.LockoutEnd);
        Assert.Equal(5, user.AccessFailedCount);
        Assert.Equal(5, failures);
        Assert.Equal(2, lockouts);
    }

    [Fact]
    public async Task UnknownEmail_FailsAndLocksExactlyLikeARealAccount()
    {
        var real = NewEmail();
        await factory.CreateUserAsync(real);

        async Task<List<string?>> SixWrongAsync(string email)
        {
            var client = factory.CreateBrowserClient();
            var messages = new List<string?>();
            for (var attempt = 1; attempt <= 6; attempt++)
            {
                messages.Add(await SummaryAsync(await client.SignInAsync(email, "mat-khau-sai-hoan-toan")));
            }

            return messages;
        }

        var forReal = await SixWrongAsync(real);
        var forUnknown = await SixWrongAsync(NewEmail());

        Assert.Equal(forReal, forUnknown);
        Assert.Contains("tạm thời bị khóa", forUnknown[^1]);
    }

    [Fact]
    public async Task DisabledAccount_IsNamedOnlyToSomeoneWhoKnowsItsPassword()
    {
        var email = NewEmail();
        var user = await factory.CreateUserAsync(email);
        await factory.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
            return 0;
        });

        var wrong = await factory.CreateBrowserClient().SignInAsync(email, "mat-khau-sai-hoan-toan");
        var right = await factory.CreateBrowserClient().SignInAsync(email, AdminClient.Password);

        Assert.Equal("Email hoặc mật khẩu không đúng.", await SummaryAsync(wrong));
        Assert.Contains("vô hiệu hóa", await SummaryAsync(right));
    }

    /// <summary>
    /// A wrong password costs one password hash whether or not the account exists (before, about 91 ms against 3 ms), so
    /// the time of the answer does not tell which emails have accounts. The bound is loose: it tells a hash from none.
    /// </summary>
    [Fact]
    public async Task WrongPassword_TakesAsLongForAnUnknownAccount_AsForARealOne()
    {
        var real = NewEmail();
        await factory.CreateUserAsync(real);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(NewEmail(), "cho-may-ban-dau-nong-len");

        var forReal = new List<double>();
        var forUnknown = new List<double>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            forReal.Add(await TimeAsync(() => client.SignInAsync(real, "mat-khau-sai-hoan-toan-" + attempt)));
            forUnknown.Add(await TimeAsync(() => client.SignInAsync(NewEmail(), "mat-khau-sai-hoan-toan-" + attempt)));
        }

        Assert.True(Median(forUnknown) >= 0.4 * Median(forReal), $"unknown {Median(forUnknown):F1} ms, real {Median(forReal):F1} ms");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_ACopiedCookieNoLongerOpensTheAdmin_AndTheBrowserDropsItsStorage()
    {
        var email = NewEmail();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        var signedIn = await client.SignInAsync(email, AdminClient.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("tm.admin=", StringComparison.Ordinal));
        using var copy = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        async Task<HttpStatusCode> WithTheCopyAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
            request.Headers.Add("Cookie", cookie);
            return (await copy.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await WithTheCopyAsync());
        var signedOut = await client.PostFormAsync("/admin/dang-xuat", [], formPage: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("\"cache\", \"storage\"", signedOut.Headers.GetValues("Clear-Site-Data").Single());
        Assert.Equal(HttpStatusCode.Redirect, await WithTheCopyAsync());
    }

    private static async Task<string?> SummaryAsync(HttpResponseMessage response) =>
        (await TestForms.ParseAsync(response)).QuerySelector(".error-summary li, .validation-summary-errors li")?.TextContent.Trim();

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (await send()).Dispose();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

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
    public async Task RoleChange_EndsTheAccountsSessionsAtOnce()
    {
        var email = NewEmail();
        var editorUser = await factory.CreateUserAsync(email);
        var editor = factory.CreateBrowserClient();
        await editor.SignInAsync(email, AdminClient.Password);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var saved = await admin.PostFormAsync(
            $"/admin/nguoi-dung/{editorUser.Id}/sua",
            new Dictionary<string, string> { ["DisplayName"] = "Cán bộ được nâng quyền", ["Role"] = PortalUser.AdministratorRole },
            formPage: $"/admin/nguoi-dung/{editorUser.Id}/sua");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await editor.GetAsync("/admin");
        TestForms.AssertRedirect(after, "/admin/dang-nhap");
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
    [InlineData("mot-cum-tu-du-dai-de-nho", true)]
    [InlineData("chỉ-chữ-thường-không-số", true)]
    [InlineData("123456789012", false)]
    [InlineData("aaaaaaaaaaaa", false)]
    [InlineData("password1234", false)]
    [InlineData("qwertyuiop12", false)]
    [InlineData("matkhau12345", false)]
    [InlineData("thanhmieu2025", false)]
    [InlineData("Nguyen.Van.An-1990", false)]
    [InlineData("nguyenvana123456", false)]
    [InlineData("Nguyễn Văn An ở phường", false)]
    public async Task Passwords_NeedTwelveCharacters_NoCompositionRules_AndNothingGuessable(string password, bool valid)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = "nguyen.van.an@example.org", Email = "nguyen.van.an@example.org", DisplayName = "Nguyễn Văn An" };

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

        var passphrase = string.Concat(Enumerable.Repeat("mot-cum-tu-du-dai-de-nho-", 6));
        Assert.True(await Valid(passphrase[..128]));
        Assert.False(await Valid(passphrase[..129]));
    }
}
