using System.Net;
using Microsoft.EntityFrameworkCore;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Names and titles need a visible letter; direction and zero-width marks never reach the database.</summary>
public sealed class InvisibleTextTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    /// <summary>Right-to-left override, zero-width space, zero-width joiner, left-to-right isolate, word joiner, BOM.</summary>
    private const string Invisible = "\u202E\u200B\u200D\u2066\u2069\u2060\uFEFF\u200F\u061C";

    [Theory]
    [InlineData("/admin/di-san/tao", "Form.Name")]
    [InlineData("/admin/bai-viet/tao", "Title")]
    [InlineData("/admin/to-chuc/tao", "Form.Name")]
    [InlineData("/admin/chuyen-muc/tao", "Form.Name")]
    public async Task TitleOfOnlyInvisibleCharacters_IsRefusedBesideTheField_AndNothingSaved(string url, string field)
    {
        var client = await factory.SignedInClientAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync(url, Form, new Dictionary<string, string> { [field] = Invisible + " " + Invisible });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("ít nhất một chữ cái hoặc chữ số", FieldError(await ParseAsync(response), field), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task BidiAndZeroWidthCharacters_AreStrippedFromSingleLineFields_ButKeptInMarkdown()
    {
        var client = await factory.SignedInClientAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];

        var response = await client.SubmitAsync("/admin/di-san/tao", Form, new Dictionary<string, string>
        {
            ["Form.Name"] = $"\u202EĐình\u200B Thử {unique}\u2069",
            ["Form.Address"] = "\u2066Phường\u200D Thanh Miếu\u200F",
            ["Form.DescriptionMarkdown"] = "Chữ\u200Dnối",
        });

        var id = IdFromRedirect(response);
        var site = await factory.WithDbAsync(db => db.HeritageSites.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal($"Đình Thử {unique}", site.Name);
        Assert.Equal("Phường Thanh Miếu", site.Address);
        Assert.Equal("Chữ\u200Dnối", site.DescriptionMarkdown);
    }

    private Task<int> CountAsync() => factory.WithDbAsync(async db =>
        await db.HeritageSites.CountAsync() + await db.Articles.CountAsync() + await db.Organisations.CountAsync() + await db.Categories.CountAsync());
}
