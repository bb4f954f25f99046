using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Render_GivesHeadingsVietnameseAwareAnchors()
    {
        var result = _renderer.Render("## Thành quả một chặng đường\n\ntext\n\n### Đền Tam Giang");

        Assert.Contains("<h2 id=\"thanh-qua-mot-chang-duong\">Thành quả một chặng đường</h2>", result.Html);
        Assert.Contains("<h3 id=\"den-tam-giang\">Đền Tam Giang</h3>", result.Html);
        Assert.Equal(
            [new Heading(2, "thanh-qua-mot-chang-duong", "Thành quả một chặng đường"), new Heading(3, "den-tam-giang", "Đền Tam Giang")],
            result.Headings);
    }

    [Fact]
    public void Render_MakesRepeatedHeadingAnchorsUnique()
    {
        var result = _renderer.Render("## Kết quả\n\n## Kết quả\n\n## Kết quả");

        Assert.Equal(["ket-qua", "ket-qua-2", "ket-qua-3"], result.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Render_EscapesRawHtml()
    {
        var result = _renderer.Render("Xin chào <script>alert('x')</script> <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">khối</div>");

        Assert.DoesNotContain("<script", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", result.Html);
    }

    [Theory]
    [InlineData("[bấm](javascript:alert(1))")]
    [InlineData("[bấm](JavaScript:alert(1))")]
    [InlineData("[bấm](java\tscript:alert(1))")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[bấm](vbscript:msgbox)")]
    [InlineData("[bấm](//evil.example/x)")]
    public void Render_DropsLinksWithDisallowedSchemes_KeepingTheirText(string markdown)
    {
        var result = _renderer.Render(markdown);

        Assert.DoesNotContain("<a", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bấm", result.Html);
    }

    [Fact]
    public void Render_DropsImagesWithDisallowedSources()
    {
        var result = _renderer.Render("![ảnh](javascript:alert(1))");

        Assert.DoesNotContain("<img", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ảnh", result.Html);
    }

    [Fact]
    public void Render_DropsAutolinksWithDisallowedSchemes()
    {
        var result = _renderer.Render("<javascript:alert(1)>");

        Assert.DoesNotContain("<a", result.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[trang](https://phutho.gov.vn/)", "href=\"https://phutho.gov.vn/\"")]
    [InlineData("[trang](http://example.org/a)", "href=\"http://example.org/a\"")]
    [InlineData("[thư](mailto:ubnd@example.org)", "href=\"mailto:ubnd@example.org\"")]
    [InlineData("[di sản](/di-san/den-tam-giang)", "href=\"/di-san/den-tam-giang\"")]
    [InlineData("[mục](#ket-qua)", "href=\"#ket-qua\"")]
    public void Render_KeepsAllowedLinks(string markdown, string expected)
    {
        Assert.Contains(expected, _renderer.Render(markdown).Html);
    }

    [Fact]
    public void Render_RendersPipeTables()
    {
        var result = _renderer.Render("| Chỉ tiêu | 2025 |\n|---|---|\n| Hộ nghèo | 0,27% |");

        Assert.Contains("<table>", result.Html);
        Assert.Contains("<td>0,27%</td>", result.Html);
    }

    [Fact]
    public void Render_ToleratesEmptyInput()
    {
        var result = _renderer.Render(null);

        Assert.Equal("", result.Html);
        Assert.Empty(result.Headings);
    }
}
