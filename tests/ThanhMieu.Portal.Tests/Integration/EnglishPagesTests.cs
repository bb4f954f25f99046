using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// /en, /en/organisation and /en/contact: English pages written from the same facts, linked both ways with their
/// Vietnamese pages, and showing the English texts staff keep beside the Vietnamese ones.
/// </summary>
public sealed class EnglishPagesTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "/en", "/gioi-thieu" },
        { "/en/organisation", "/gioi-thieu/to-chuc" },
        { "/en/contact", "/lien-he" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task EachEnglishPage_IsEnglish_AndLinksItsVietnamesePage_BothWays(string english, string vietnamese)
    {
        var client = factory.CreateClient();

        var en = await client.GetDocumentAsync(english);
        var vi = await client.GetDocumentAsync(vietnamese);

        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", vi.DocumentElement.GetAttribute("lang"));
        foreach (var page in new[] { en, vi })
        {
            var alternates = page.QuerySelectorAll("head link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
            Assert.Equal(vietnamese, alternates["vi"]);
            Assert.Equal(english, alternates["en"]);
        }

        Assert.Equal(vietnamese, en.QuerySelector(".language-switch a[hreflang=vi]")?.GetAttribute("href"));
        Assert.Equal(english, vi.QuerySelector(".language-switch a[hreflang=en]")?.GetAttribute("href"));
        Assert.Equal(["/en", "/en/organisation", "/en/contact"], en.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Single(en.QuerySelectorAll(".site-nav a[aria-current=page]"));
        Assert.DoesNotContain("Trang chủ", Text(en.Body!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesWithoutACounterpart_OfferTheEnglishIntroduction_AndNoAlternates()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/di-san");

        Assert.Equal("/en", page.QuerySelector(".language-switch a")?.GetAttribute("href"));
        Assert.Equal("en", page.QuerySelector(".language-switch a")?.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Fact]
    public async Task EnglishIntroduction_StatesTheResolution_AndTheFiveFormerUnits()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/en");

        var main = Text(page.QuerySelector("main")!);
        Assert.Contains("Resolution No. 1676/NQ-UBTVQH15", main, StringComparison.Ordinal);
        Assert.Contains("1 July 2025", main, StringComparison.Ordinal);
        var units = page.QuerySelectorAll("main li span[lang=vi]").Select(s => s.TextContent).ToList();
        Assert.Equal(["Thanh Miếu", "Tiên Cát", "Thọ Sơn", "Bạch Hạc", "Sông Lô"], units);
        Assert.All(page.QuerySelectorAll("main a[hreflang=vi]"), a => Assert.Contains("(in Vietnamese)", a.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnglishOrganisation_ShowsTheSeededEnglishNames_AndStaffEnglish_ElseTheVietnameseMarkedAsSuch()
    {
        var client = await factory.SignedInClientAsync();
        var name = "Ủy ban Mặt trận Tổ quốc phường thử " + ArticleForms.Unique();
        var created = await client.SubmitAsync("/admin/to-chuc/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.DutiesMarkdown"] = "Tập hợp khối đại đoàn kết.",
        });
        var id = IdFromRedirect(created);

        var page = await factory.CreateClient().GetDocumentAsync("/en/organisation");
        var party = page.QuerySelector("section[aria-labelledby=dang-uy-phuong]")!;
        Assert.Equal("Party Committee of Thanh Mieu Ward", party.QuerySelector("h2")!.TextContent);
        Assert.Null(party.QuerySelector("h2")!.GetAttribute("lang"));
        Assert.Equal("Secretary of the Party Committee", party.QuerySelector(".official-position")!.TextContent);
        var untranslated = page.QuerySelectorAll("section.organisation h2").Single(h => h.TextContent == name);
        Assert.Equal("vi", untranslated.GetAttribute("lang"));
        Assert.Equal("vi", untranslated.ParentElement!.QuerySelector(".prose")!.GetAttribute("lang"));

        AssertRedirect(await client.SubmitAsync($"/admin/to-chuc/{id}/sua", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.NameEn"] = "Fatherland Front Committee (test)",
            ["Form.DutiesEnMarkdown"] = "Brings **together** the great national unity bloc.",
        }), $"/admin/to-chuc/{id}/sua");

        page = await factory.CreateClient().GetDocumentAsync("/en/organisation");
        var translated = page.QuerySelectorAll("section.organisation").Single(s => s.QuerySelector("h2")!.TextContent == "Fatherland Front Committee (test)");
        Assert.Null(translated.QuerySelector("h2")!.GetAttribute("lang"));
        Assert.Contains("<strong>together</strong>", translated.QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
        var vietnamese = await factory.CreateClient().GetDocumentAsync("/gioi-thieu/to-chuc");
        Assert.Contains(name, Text(vietnamese.QuerySelector("main")!), StringComparison.Ordinal);
        Assert.DoesNotContain("Fatherland Front", Text(vietnamese.QuerySelector("main")!), StringComparison.Ordinal);

        await client.PostFormAsync($"/admin/to-chuc/{id}/luu-tru", [], $"/admin/to-chuc/{id}/sua");
        Assert.DoesNotContain("Fatherland Front", Text((await factory.CreateClient().GetDocumentAsync("/en/organisation")).Body!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishContacts_TakeTheEnglishTexts_AndShareNumbersAndUntranslatedValues()
    {
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole);

        AssertRedirect(await admin.SubmitAsync("/admin/cai-dat", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.OfficeAddress"] = "Số 2 đường Thử, phường Thanh Miếu",
            ["Form.OfficeAddressEn"] = "2 Test Street, Thanh Mieu Ward",
            ["Form.Phone"] = "0210 111 222",
            ["Form.WorkingHours"] = "Thứ Hai đến thứ Sáu",
            ["Form.ReceptionSchedule"] = "Sáng thứ Năm hằng tuần",
            ["Form.ReceptionScheduleEn"] = "",
        }), "/admin/cai-dat");

        var en = await factory.CreateClient().GetDocumentAsync("/en/contact");
        var lines = en.QuerySelectorAll("main .contact-lines dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
        Assert.Equal("2 Test Street, Thanh Mieu Ward", lines["Address"]);
        Assert.Equal("0210 111 222", lines["Phone"]);
        Assert.Equal("Sáng thứ Năm hằng tuần", lines["Times and place"]);
        Assert.Equal("tel:0210111222", en.QuerySelector("main a[href^='tel:']")?.GetAttribute("href"));
        Assert.Contains("2 Test Street", Text(en.QuerySelector(".site-footer")!), StringComparison.Ordinal);

        var vi = await factory.CreateClient().GetDocumentAsync("/lien-he");
        Assert.Contains("Số 2 đường Thử", Text(vi.QuerySelector("main")!), StringComparison.Ordinal);
        Assert.DoesNotContain("Test Street", Text(vi.Body!), StringComparison.Ordinal);
        Assert.Equal("2 Test Street, Thanh Mieu Ward", await factory.WithDbAsync(db => db.SiteSettings.Select(s => s.OfficeAddressEn).SingleAsync()));
    }
}
