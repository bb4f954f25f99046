using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class SearchWordsTests
{
    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    [Theory]
    [InlineData("Đền Tam Giang", "den tam giang")]
    [InlineData("ĐƯỜNG", "duong")]
    [InlineData("1676/NQ-UBTVQH15", "1676 nq ubtvqh15")]
    public void Fold_IsTheSlugFoldingWithSpaces(string text, string expected)
    {
        Assert.Equal(expected, SearchWords.Fold(text));
        Assert.Equal(expected, SearchWords.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void ExactWords_KeepDiacritics_InNfcLowerCase_WhateverTheInputForm()
    {
        Assert.Equal(["đường", "hồ"], SearchWords.ExactWords("ĐƯỜNG hồ".Normalize(NormalizationForm.FormD)));
        Assert.Equal(["tam", "and", "giang"], SearchWords.ExactWords("\"tam\" AND-giang*"));
    }

    [Fact]
    public void Highlight_MarksWordsStartingWithAQueryWord_AndEncodesEverythingElse()
    {
        var html = Html(SearchWords.Highlight("<b>Đền</b> Tam Giang & dương", ["den", "duong", "gi"]));

        Assert.Equal("&lt;b&gt;<mark>Đền</mark>&lt;/b&gt; Tam <mark>Gi</mark>ang &amp; <mark>dương</mark>", html);
    }

    [Fact]
    public void Highlight_CutsLongTextAroundTheFirstMatch()
    {
        var text = string.Join(" ", Enumerable.Repeat("lời", 200)) + " đình Bạch Hạc " + string.Join(" ", Enumerable.Repeat("văn", 200));

        var html = Html(SearchWords.Highlight(text, ["bach"], 120));

        Assert.StartsWith("… ", html, StringComparison.Ordinal);
        Assert.EndsWith(" …", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Bạch</mark>", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 100, 160);
    }

    [Fact]
    public void PlainText_DropsTagsAndDecodesEntities()
    {
        Assert.Equal("Lễ hội & rước nước", SearchWords.PlainText("<p>Lễ <strong>hội</strong> &amp;</p><p>rước nước</p>"));
    }
}
