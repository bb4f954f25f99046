using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Staff accounts, sign-in and antiforgery-aware form posts for admin tests.</summary>
public static class AdminTestHelpers
{
    public const string Password = "mot-cum-tu-du-dai-de-nho";

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public static HttpClient CreateBrowserClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<PortalUser> CreateUserAsync(
        this PortalFactory factory, string email, string role = PortalUser.EditorRole, string password = Password, bool mustChangePassword = false)
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
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string role = PortalUser.EditorRole, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowserClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The redirect target as a local path and query, whether the server wrote it absolute or relative.</summary>
    public static string? LocationPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString
            : null;

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Posts a form the way a browser would: first loads <paramref name="formPage"/> (default: the URL itself) to get
    /// the antiforgery token of this client's session.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var token = await GetAntiforgeryTokenAsync(client, formPage ?? url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"no antiforgery token on {pageUrl}");
        return token;
    }

    /// <summary>The values of every named field in the first form on the page matching <paramref name="selector"/>.</summary>
    public static Dictionary<string, string> FormFields(IHtmlDocument document, string selector = "form[method=post]")
    {
        var form = document.QuerySelector(selector) as IHtmlFormElement;
        Assert.NotNull(form);
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input
                    when input.Type is not ("checkbox" or "radio" or "submit") || input.IsChecked:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }
}
