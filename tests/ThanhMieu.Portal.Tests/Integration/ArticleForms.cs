using AngleSharp.Html.Dom;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Creating and editing articles through the admin article form, as a browser would.</summary>
public static class ArticleForms
{
    public const string EditorForm = "form[data-article-editor]";
    public const string CreateUrl = "/admin/bai-viet/tao";

    /// <summary>A short unique word, so tests sharing one database never collide on titles or slugs.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10];

    public static string EditUrl(int id) => $"/admin/bai-viet/{id}/sua";

    /// <summary>The fields of the article form on a page (a create, edit or conflict page).</summary>
    public static Dictionary<string, string> EditorFields(IHtmlDocument page) => TestForms.FormFields(page, EditorForm);

    public static async Task<Dictionary<string, string>> NewArticleFieldsAsync(this HttpClient client) =>
        EditorFields(await client.GetDocumentAsync(CreateUrl));

    public static async Task<Dictionary<string, string>> EditFieldsAsync(this HttpClient client, int id) =>
        EditorFields(await client.GetDocumentAsync(EditUrl(id)));

    /// <summary>Creates an article through the form, with <paramref name="fill"/> setting fields; returns its id.</summary>
    public static async Task<int> CreateArticleAsync(this HttpClient client, Action<Dictionary<string, string>> fill)
    {
        var fields = await client.NewArticleFieldsAsync();
        fill(fields);
        var response = await client.PostFormAsync(CreateUrl, fields);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"create: expected 302, got {(int)response.StatusCode}: {await TestForms.ErrorsAsync(response)}");
        return TestForms.IdFromRedirect(response);
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
}
