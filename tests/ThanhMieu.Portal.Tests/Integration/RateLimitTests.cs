using System.Globalization;
using System.Net;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Sign-in is limited per client address and per account; over a limit: 429, Retry-After, a Vietnamese page.</summary>
public sealed class RateLimitTests
{
    private static PortalFactory Portal(int perAddress, int perAccount) => new(settings: new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerAddress"] = perAddress.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:SignInPerAccount"] = perAccount.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:SignInWindowSeconds"] = "600",
    });

    private static Task<HttpResponseMessage> WrongSignInAsync(HttpClient client, string email) =>
        client.SignInAsync(email, "khong-phai-mat-khau-nay");

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        var document = await TestForms.ParseAsync(response);
        Assert.Equal("Quá nhiều yêu cầu", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("Vui lòng đợi một lát rồi thử lại", TestForms.Text(document), StringComparison.Ordinal);
        Assert.Contains($"thử lại sau {(int)retryAfter.Value.TotalSeconds} giây", TestForms.Text(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OverTheLimitPerAddress_Is429EvenForOtherAccounts()
    {
        using var portal = Portal(perAddress: 3, perAccount: 1000);
        var client = portal.CreateBrowserClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await WrongSignInAsync(client, $"nguoi-{i}@example.org")).StatusCode);
        }

        await AssertRateLimitedAsync(await WrongSignInAsync(client, "nguoi-moi@example.org"));
    }

    [Fact]
    public async Task SignIn_OverTheLimitPerAccount_Is429ForThatAccountOnly()
    {
        using var portal = Portal(perAddress: 1000, perAccount: 2);
        var client = portal.CreateBrowserClient();
        var email = $"can-bo-{Guid.NewGuid():N}@example.org";
        await portal.CreateUserAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await WrongSignInAsync(client, email)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WrongSignInAsync(client, email.ToUpperInvariant())).StatusCode);
        var third = await client.SignInAsync(email, AdminClient.Password);
        var otherAccount = await WrongSignInAsync(client, "nguoi-khac@example.org");

        await AssertRateLimitedAsync(third);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
    }

    [Fact]
    public async Task SignInPage_ItselfIsNotCounted()
    {
        using var portal = Portal(perAddress: 1, perAccount: 1);
        var client = portal.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/dang-nhap")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await WrongSignInAsync(client, "mot@example.org")).StatusCode);
    }

    [Fact]
    public async Task GeneralPolicy_LimitsTheEndpointsThatAttachIt()
    {
        using var portal = new InstrumentedPortal(new Dictionary<string, string?> { ["RateLimits:GeneralPerAddress"] = "2" });
        var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kiem-thu/gioi-han")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kiem-thu/gioi-han")).StatusCode);
        await AssertRateLimitedAsync(await client.GetAsync("/kiem-thu/gioi-han"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task QuestionCodeLookup_IsUnderTheGeneralLimit_SoCodesCannotBeGuessedInBulk()
    {
        using var portal = new InstrumentedPortal(new Dictionary<string, string?> { ["RateLimits:GeneralPerAddress"] = "2" });
        var client = portal.CreateClient();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/hoi-dap/tra-cuu?ma=ABCD-EFGH")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/hoi-dap/tra-cuu?ma=ABCD-EFGJ")).StatusCode);
        await AssertRateLimitedAsync(await client.GetAsync("/hoi-dap/tra-cuu?ma=ABCD-EFGK"));
    }
}
