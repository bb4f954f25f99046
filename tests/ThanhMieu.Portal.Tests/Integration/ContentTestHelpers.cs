using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Submitting admin content forms the way a browser does: load the page, change some fields, post the form.</summary>
public static class ContentTestHelpers
{
    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/> with all its current values,
    /// applies <paramref name="changes"/> and posts it to the form's action with the page's antiforgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? changes = null)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        return await client.SubmitAsync(document, formSelector, changes);
    }

    /// <summary>Posts a form of an already loaded page (e.g. an edit form opened before someone else saved).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument document, string formSelector, IReadOnlyDictionary<string, string>? changes = null)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement;
        Assert.True(form is not null, $"no form matches {formSelector}");
        var fields = AdminTestHelpers.FormFields(document, formSelector);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static void AssertRedirect(HttpResponseMessage response, string expectedPathStart)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        Assert.StartsWith(expectedPathStart, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The id in a redirect to an edit screen, e.g. 12 in /admin/chi-tieu/12/sua.</summary>
    public static int RedirectedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var segments = response.Headers.Location!.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(segments[^2], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The error text shown beside a field, by the field's name (e.g. "Form.Slug").</summary>
    public static string FieldError(IHtmlDocument document, string fieldName) =>
        document.QuerySelector($"span.field-error[data-valmsg-for='{fieldName}']")?.TextContent.Trim() ?? "";

    /// <summary>The visible text of a page's body (or of one element), with runs of whitespace collapsed.</summary>
    public static string Text(INode node) =>
        string.Join(' ', ((node is IDocument document ? document.Body : node)?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Task<int> IdOfAsync<T>(this PortalFactory factory, string slug)
        where T : class =>
        factory.WithDbAsync(db => db.Set<T>().Where(e => EF.Property<string>(e, "Slug") == slug).Select(e => EF.Property<int>(e, "Id")).SingleAsync());
}
