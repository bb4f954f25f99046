using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Staff accounts and signed-in clients for admin tests. Takes any factory of the app, so a factory derived with
/// WithWebHostBuilder (e.g. with a fake clock) signs in the same way as a <see cref="PortalFactory"/>.
/// </summary>
public static class AdminClient
{
    public const string Password = "mot-cum-tu-du-dai-de-nho";

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public static HttpClient CreateBrowserClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<PortalUser> CreateUserAsync(
        this WebApplicationFactory<Program> factory, string email, string role = PortalUser.EditorRole, string password = Password, bool mustChangePassword = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, MustChangePassword = mustChangePassword };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>Creates a user with <paramref name="role"/> and returns a client signed in as that user.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string role = PortalUser.EditorRole, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowserClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}
