using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Reading pages and submitting their forms the way a browser does: load the page, keep its fields and its
/// antiforgery token, change some fields, post to the form's action; then read what came back.
/// </summary>
public static class TestForms
{
    public const string TokenField = "__RequestVerificationToken";

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The antiforgery token a page carries for this client's session.</summary>
    public static string AntiforgeryToken(IHtmlDocument document, string page = "the page")
    {
        var token = document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"no antiforgery token on {page}");
        return token;
    }

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl) =>
        AntiforgeryToken(await client.GetDocumentAsync(pageUrl), pageUrl);

    /// <summary>
    /// Posts <paramref name="fields"/> with the antiforgery token of <paramref name="formPage"/> (default: the URL itself),
    /// for posts that no single form on a page makes (hand-built or tampered fields, unknown ids).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPage ?? url);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new(TokenField, token))));
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form matching <paramref name="formSelector"/> with all its current values,
    /// applies <paramref name="changes"/> and posts it to the form's action with the page's antiforgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string formSelector, IReadOnlyDictionary<string, string>? changes = null) =>
        await client.SubmitAsync(await client.GetDocumentAsync(pageUrl), formSelector, changes);

    /// <summary>
    /// Posts a form of an already loaded page (e.g. an edit form opened before someone else saved). With
    /// <paramref name="submitter"/>, the button matching it is the one pressed: its formaction, if any, is where the form goes.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument document, string formSelector, IReadOnlyDictionary<string, string>? changes = null, string? submitter = null)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement;
        Assert.True(form is not null, $"no form matches {formSelector}");
        var fields = FormFields(document, formSelector);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action");
        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter);
            Assert.True(button is not null, $"no button matches {submitter} in {formSelector}");
            action = button.GetAttribute("formaction") ?? action;
        }

        fields[TokenField] = AntiforgeryToken(document);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
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

        fields.Remove(TokenField);
        return fields;
    }

    /// <summary>The redirect target as a local path and query, whether the server wrote it absolute or relative.</summary>
    public static string? LocationPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString
            : null;

    public static void AssertRedirect(HttpResponseMessage response, string expectedPathStart)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        Assert.StartsWith(expectedPathStart, response.LocationPath(), StringComparison.Ordinal);
    }

    /// <summary>The id in a redirect to an edit screen, e.g. 12 in /admin/chi-tieu/12/sua.</summary>
    public static int IdFromRedirect(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        var location = response.LocationPath() ?? "";
        var segments = location.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(segments.Length >= 3 && segments[^1] == "sua", $"not a redirect to an edit screen: {location}");
        return int.Parse(segments[^2], CultureInfo.InvariantCulture);
    }

    /// <summary>The error text shown beside a field, by the field's name (e.g. "Title" or "Form.Slug").</summary>
    public static string FieldError(IHtmlDocument document, string fieldName) =>
        document.QuerySelector($".field-error[data-valmsg-for='{fieldName}']")?.TextContent.Trim() ?? "";

    /// <summary>Every error shown on a page, for assertion messages.</summary>
    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var document = await ParseAsync(response);
        return string.Join(" | ", document.QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    /// <summary>The visible text of a page's body (or of one element), with runs of whitespace collapsed.</summary>
    public static string Text(INode node) =>
        string.Join(' ', ((node is IDocument document ? document.Body : node)?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
