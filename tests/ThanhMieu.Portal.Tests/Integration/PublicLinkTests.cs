using System.Net;
using Microsoft.EntityFrameworkCore;
using static ThanhMieu.Portal.Tests.Integration.ArticleForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>"Xem trên trang công khai" follows the public site's one visibility rule, so it never leads to a 404.</summary>
public sealed class PublicLinkTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheLink_IsShownOnlyWhileResidentsCanSeeTheArticle()
    {
        var client = await factory.SignedInClientAsync();
        var categoryId = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug != "tin-tuc" && c.Slug != "dai-hoi").Select(c => c.Id).FirstAsync());
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = $"Liên kết công khai {Unique()}";
            f["Status"] = "Published";
            f["CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        var link = (await client.GetDocumentAsync(EditUrl(id))).QuerySelector(".item-actions a")?.GetAttribute("href");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(link)).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Id == categoryId);
            category.IsArchived = true;
            return await db.SaveChangesAsync();
        });

        Assert.Null((await client.GetDocumentAsync(EditUrl(id))).QuerySelector(".item-actions a"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(link)).StatusCode);
    }
}
