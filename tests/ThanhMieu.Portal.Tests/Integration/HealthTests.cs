using System.Net;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The load balancer's endpoints: live says the process answers, ready also needs a migrated database.</summary>
public sealed class HealthTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthyAndNeverCached(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Ready_IsUnhealthyWhileMigrationsArePending_LiveStaysUp()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Database:ApplyMigrationsOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
        });
        var client = portal.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
