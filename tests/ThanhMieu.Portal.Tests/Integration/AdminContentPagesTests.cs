using System.Net;
using AngleSharp.Html.Dom;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Every content screen opens for staff, and its forms are labelled for screen readers.</summary>
public sealed class AdminContentPagesTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    public static TheoryData<string> Pages() =>
    [
        "/admin/chi-tieu", "/admin/chi-tieu/tao", "/admin/chi-tieu/{indicator}/sua",
        "/admin/muc-tieu", "/admin/muc-tieu/tao", "/admin/muc-tieu/{target}/sua",
        "/admin/muc-tieu/dot-pha", "/admin/muc-tieu/dot-pha/tao", "/admin/muc-tieu/dot-pha/{breakthrough}/sua",
        "/admin/di-san", "/admin/di-san/tao", "/admin/di-san/{site}/sua",
        "/admin/le-hoi", "/admin/le-hoi/tao", "/admin/le-hoi/{festival}/sua",
        "/admin/don-vi", "/admin/don-vi/tao", "/admin/don-vi/{unit}/sua",
        "/admin/chuyen-muc", "/admin/chuyen-muc/tao", "/admin/chuyen-muc/{category}/sua",
        "/admin/the", "/admin/the/tao", "/admin/the/{tag}/sua",
    ];

    private async Task<string> ResolveAsync(string url)
    {
        var ids = new Dictionary<string, int>
        {
            ["{indicator}"] = await factory.IdOfAsync<Indicator>("ty-le-ho-ngheo"),
            ["{target}"] = await factory.WithDbAsync(db => Task.FromResult(db.Targets.OrderBy(t => t.Id).First().Id)),
            ["{breakthrough}"] = await factory.IdOfAsync<Breakthrough>("dot-pha-ha-tang-do-thi"),
            ["{site}"] = await factory.IdOfAsync<HeritageSite>("den-tam-giang"),
            ["{festival}"] = await factory.IdOfAsync<Festival>("boi-chai"),
            ["{unit}"] = await factory.IdOfAsync<FormerUnit>("bach-hac"),
            ["{category}"] = await factory.IdOfAsync<Category>("thong-bao"),
            ["{tag}"] = await factory.IdOfAsync<Tag>("du-lich"),
        };
        foreach (var (key, id) in ids)
        {
            url = url.Replace(key, id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return url;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ContentPage_OpensForAnEditor_InVietnamese(string page)
    {
        var client = await factory.SignedInClientAsync(PortalUser.EditorRole);

        var document = await client.GetDocumentAsync(await ResolveAsync(page));

        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("main#noi-dung h1"));
        Assert.Equal("no-store, no-cache, max-age=0", (await client.GetAsync(await ResolveAsync(page))).Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ContentPage_LabelsEveryField_WithUniqueIds_AndTokensInEveryPostForm(string page)
    {
        var client = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        var document = await client.GetDocumentAsync(await ResolveAsync(page));

        var fields = document.QuerySelectorAll("input, select, textarea")
            .Where(e => e.GetAttribute("type") is not ("hidden" or "submit"))
            .ToList();
        Assert.All(fields, field => Assert.True(
            document.QuerySelector($"label[for='{field.Id}']") is not null || field.Closest("label") is not null,
            $"{field.GetAttribute("name")} has no label on {page}"));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(document.QuerySelectorAll("form[method=post]"), form =>
            Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
        Assert.All(document.QuerySelectorAll("table"), table => Assert.NotNull(table.Closest(".table-wrap")));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope"), $"a th without scope on {page}"));
    }

    [Theory]
    [InlineData("/admin/chi-tieu")]
    [InlineData("/admin/muc-tieu/tao")]
    [InlineData("/admin/di-san")]
    [InlineData("/admin/the")]
    public async Task ContentPage_SendsAnonymousVisitorsToSignIn(string page)
    {
        var response = await factory.CreateBrowserClient().GetAsync(page);

        TestForms.AssertRedirect(response, "/admin/dang-nhap");
    }

    [Theory]
    [InlineData("/admin/chi-tieu?Page=abc")]
    [InlineData("/admin/di-san?Show=Everything")]
    [InlineData("/admin/muc-tieu?Breakthrough=x")]
    public async Task MalformedListQuery_Answers400_Not500(string url)
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ListPastTheLastPage_ShowsTheLastPage()
    {
        var client = await factory.SignedInClientAsync();

        var document = await client.GetDocumentAsync("/admin/the?Page=999");

        Assert.NotEmpty(document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task ArchivedFilter_ListsOnlyArchivedItems()
    {
        var client = await factory.SignedInClientAsync();
        var id = await factory.IdOfAsync<Tag>("giao-duc");
        await client.PostFormAsync($"/admin/the/{id}/luu-tru", [], "/admin/the");

        var archived = await client.GetDocumentAsync("/admin/the?Show=Archived");
        var active = await client.GetDocumentAsync("/admin/the");

        Assert.Equal(["Giáo dục"], Names(archived));
        Assert.DoesNotContain("Giáo dục", Names(active));
    }

    private static List<string> Names(IHtmlDocument document) =>
        document.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()).ToList();
}
