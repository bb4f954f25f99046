using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>
/// Internal URLs in views come from the named routes (asp-route, asp-area/asp-controller/asp-action, Url.RouteUrl),
/// never from literal paths that silently break when a route changes.
/// </summary>
public sealed partial class ViewLinkTests
{
    private static readonly string ProjectFolder = SourceTree.ProjectFolder;

    public static TheoryData<string> Views() => new(ViewFiles());

    private static IEnumerable<string> ViewFiles() =>
        Directory.EnumerateFiles(ProjectFolder, "*.cshtml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(ProjectFolder, file).Replace('\\', '/'))
            .Where(view => !view.StartsWith("bin/", StringComparison.Ordinal) && !view.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Views_AreFoundInBothThePublicSiteAndTheAdminArea()
    {
        var views = ViewFiles().ToList();

        Assert.Contains("Views/Shared/_Layout.cshtml", views);
        Assert.Contains(views, v => v.StartsWith("Areas/Admin/Views/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void View_HoldsNoLiteralInternalUrl(string view)
    {
        var offences = LiteralInternalUrls(File.ReadAllText(Path.Combine(ProjectFolder, view)));

        Assert.True(offences.Count == 0, $"{view} has literal internal URLs; generate them from a named route:\n"
            + string.Join('\n', offences.Select(o => $"  line {o.Line}: {o.Text}")));
    }

    [Theory]
    [InlineData("""<a href="/tin-tuc">""")]
    [InlineData("""<a href='/tin-tuc'>""")]
    [InlineData("""<a href=/tin-tuc>""")]
    [InlineData("""<a class="x" HREF = "/">""")]
    [InlineData("""<a href="/di-san/@site.Slug">""")]
    [InlineData("""<form method="post" action="/admin/dang-xuat">""")]
    [InlineData("""<button formaction="/admin/bai-viet/xoa">""")]
    [InlineData("""<img src="/media/a.webp">""")]
    [InlineData("""<img srcset="/media/a.webp 2x">""")]
    [InlineData("""<a data-href="/x">""")]
    [InlineData("""<a href="@Url.Content("/tin-tuc")">""")]
    [InlineData("""<a href="@("/tin-tuc")">""")]
    public void Scanner_FindsLiteralInternalUrls(string markup)
    {
        Assert.Single(LiteralInternalUrls(markup));
    }

    [Theory]
    [InlineData("""<link rel="stylesheet" href="~/css/site.css" asp-append-version="true">""")]
    [InlineData("""<a href="#noi-dung">""")]
    [InlineData("""<a href="https://thuvienphapluat.vn/">""")]
    [InlineData("""<a href="//cdn.example.org/x">""")]
    [InlineData("""<a asp-route="@RouteNames.Article" asp-route-slug="@Model.Slug">""")]
    [InlineData("""<a href="@Url.RouteUrl(RouteNames.News)">""")]
    [InlineData("""<img src="@Url.Content("~/img/logo.svg")">""")]
    [InlineData("""<img src="@image.Path">""")]
    [InlineData("""<span class="hint">dạng /media/ten-tep.webp</span>""")]
    [InlineData("""<p>Trang @Model.Page / @Model.PageCount</p>""")]
    public void Scanner_LeavesGeneratedAndExternalUrlsAlone(string markup)
    {
        Assert.Empty(LiteralInternalUrls(markup));
    }

    /// <summary>The lines of a view whose URL attributes or Url.Content calls start with a single slash.</summary>
    private static List<(int Line, string Text)> LiteralInternalUrls(string view) =>
        view.Split('\n')
            .Select((text, index) => (Line: index + 1, Text: text.Trim()))
            .Where(line => UrlAttribute().IsMatch(line.Text) || RazorLiteral().IsMatch(line.Text))
            .ToList();

    // An attribute that takes a URL, quoted or not, whose value starts with "/" but not "//" (protocol-relative).
    [GeneratedRegex("""\b(?:href|src|srcset|action|formaction|poster|cite|data)\s*=\s*["']?/(?!/)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlAttribute();

    // A Razor expression that hands a root-relative literal to Url.Content or straight to an attribute: @("/x").
    [GeneratedRegex("""(?:Url\.Content\(\s*|@\(\s*)"/(?!/)""", RegexOptions.CultureInvariant)]
    private static partial Regex RazorLiteral();
}
