using Microsoft.AspNetCore.Http;
using ThanhMieu.Portal.Hosting;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The address alone chooses the language: a browser asking for English still gets the Vietnamese site.</summary>
public sealed class LanguageTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ABrowserPreferringEnglish_StillGetsVietnameseWordsAndNumbers()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var page = await client.GetDocumentAsync("/thanh-tuu");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("0,55", Text(page.Body!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en", "en")]
    [InlineData("/en/gioi-thieu", "en")]
    [InlineData("/EN/lien-he", "en")]
    [InlineData("/", null)]
    [InlineData("/english", null)]
    [InlineData("/tin-tuc/en", null)]
    public async Task OnlyPagesUnderEn_AreEnglish(string path, string? culture)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;

        var result = await new EnglishPathCultureProvider().DetermineProviderCultureResult(context);

        Assert.Equal(culture, result?.UICultures.Single().Value);
    }
}
