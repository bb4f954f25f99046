using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Creating and editing articles through the admin forms, as a browser would.</summary>
public static class ArticleTestHelpers
{
    public const string EditorForm = "form[data-article-editor]";

    /// <summary>A short unique word, so tests sharing one database never collide on titles or slugs.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10];

    public static string EditUrl(int id) => $"/admin/bai-viet/{id}/sua";

    public static async Task<Dictionary<string, string>> NewArticleFieldsAsync(this HttpClient client) =>
        AdminTestHelpers.FormFields(await client.GetDocumentAsync("/admin/bai-viet/tao"), EditorForm);

    public static async Task<Dictionary<string, string>> EditFieldsAsync(this HttpClient client, int id) =>
        AdminTestHelpers.FormFields(await client.GetDocumentAsync(EditUrl(id)), EditorForm);

    /// <summary>Creates an article through the form, with <paramref name="fill"/> setting fields; returns its id.</summary>
    public static async Task<int> CreateArticleAsync(this HttpClient client, Action<Dictionary<string, string>> fill)
    {
        var fields = await client.NewArticleFieldsAsync();
        fill(fields);
        var response = await client.PostFormAsync("/admin/bai-viet/tao", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"create: expected 302, got {(int)response.StatusCode}: {await ErrorsAsync(response)}");
        return IdFromLocation(response);
    }

    public static Task<int> CreatePublishedAsync(this HttpClient client, string title, string body) =>
        client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["BodyMarkdown"] = body;
            f["Status"] = nameof(ArticleStatus.Published);
        });

    /// <summary>Loads the edit form, changes it with <paramref name="change"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> EditArticleAsync(this HttpClient client, int id, Action<Dictionary<string, string>> change)
    {
        var fields = await client.EditFieldsAsync(id);
        change(fields);
        return await client.PostFormAsync(EditUrl(id), fields);
    }

    public static int IdFromLocation(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        var parts = location.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(parts.Length >= 3 && parts[^1] == "sua", $"unexpected redirect {location}");
        return int.Parse(parts[^2], CultureInfo.InvariantCulture);
    }

    /// <summary>The field errors shown on a page, for assertion messages.</summary>
    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var document = await AdminTestHelpers.ParseAsync(response);
        return string.Join(" | ", document.QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    public static string FieldError(IHtmlDocument document, string field) =>
        document.QuerySelector($".field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    /// <summary>A signed-in client for a factory derived with WithWebHostBuilder (the shared helpers take a PortalFactory).</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> factory, string role = PortalUser.EditorRole)
    {
        var email = $"{role.ToLowerInvariant()}-{Unique()}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, AdminTestHelpers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, AdminTestHelpers.Password)).StatusCode);
        return client;
    }
}
