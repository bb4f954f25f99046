using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed partial class ResidentJourneyTests(BrowserFixture fixture)
{
    public static TheoryData<Viewport> Viewports() => [Viewport.Phone, Viewport.Desktop];

    [GeneratedRegex("/dai-hoi$")]
    private static partial Regex CongressUrl();

    [GeneratedRegex("/tin-tuc\\?trang=2$")]
    private static partial Regex SecondNewsPage();

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Resident_GoesFromHomeThroughTheMenuToACongressSection(Viewport viewport)
    {
        var page = await fixture.NewPageAsync(viewport);
        await page.GotoAsync("/");

        await (await OpenMenuAsync(page))
            .GetByRole(AriaRole.Link, new() { Name = "Đại hội", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(CongressUrl());

        var toc = page.GetByRole(AriaRole.Navigation, new() { Name = "Mục lục" });
        var link = toc.GetByRole(AriaRole.Link).Nth(1);
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();

        Assert.EndsWith(target, page.Url);
        var section = page.Locator(target);
        await Assertions.Expect(section).ToBeInViewportAsync();
        Assert.Equal(await link.InnerTextAsync(), await section.InnerTextAsync());
    }

    [GeneratedRegex("/hoi-dap/tra-cuu\\?ma=[A-Z0-9]{10}$")]
    private static partial Regex QuestionStatusUrl();

    [Fact]
    public async Task Resident_AsksAQuestion_AndChecksItsStatus()
    {
        var page = await fixture.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/");

        await (await OpenMenuAsync(page))
            .GetByRole(AriaRole.Link, new() { Name = "Hỏi đáp", Exact = true }).ClickAsync();
        await page.GetByLabel("Tiêu đề").FillAsync("Hỏi về giờ làm việc " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Nội dung câu hỏi hoặc góp ý").FillAsync("Bộ phận một cửa làm việc vào những giờ nào?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();

        // Without consent the form comes back with the reason beside the box, the text kept.
        await Assertions.Expect(page.GetByText("Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân")).ToBeVisibleAsync();
        await page.GetByLabel("Tôi đồng ý").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();

        await page.WaitForURLAsync(QuestionStatusUrl());
        var code = page.Url[^10..];
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(code);
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Đã tiếp nhận");

        // Later, by the code typed in lower case.
        await page.GotoAsync("/hoi-dap");
        await page.GetByLabel("Mã tra cứu").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Đã tiếp nhận");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Resident_ReadsTheAchievementsTable(Viewport viewport)
    {
        var page = await fixture.NewPageAsync(viewport);
        await page.GotoAsync("/");

        await (await OpenMenuAsync(page))
            .GetByRole(AriaRole.Link, new() { Name = "Thành tựu" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Tỷ lệ hộ nghèo (đơn vị: %)" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "2025" })).ToContainTextAsync("0,27%");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Resident_OpensAHeritageSiteAndSeesItsFestivals(Viewport viewport)
    {
        var page = await fixture.NewPageAsync(viewport);
        await page.GotoAsync("/di-san");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đền Tam Giang" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đền Tam Giang");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bơi chải" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/lien-he$")]
    private static partial Regex ContactsUrl();

    [GeneratedRegex("/thong-bao$")]
    private static partial Regex AnnouncementsUrl();

    [GeneratedRegex("/en/contact$")]
    private static partial Regex EnglishContactsUrl();

    /// <summary>On a phone, from the home page: the office phone in two taps (or in the footer), then the announcements.</summary>
    [Fact]
    public async Task Resident_OnAPhone_FindsTheOfficePhoneAndTheAnnouncements_FromTheHomePage()
    {
        var admin = await fixture.SignedInClientAsync(PortalUser.AdministratorRole);
        TestForms.AssertRedirect(await admin.SubmitAsync("/admin/cai-dat", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Phone"] = "0210 3 852 000",
            ["Form.OfficeAddressEn"] = "",
        }), "/admin/cai-dat");
        var page = await fixture.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/");
        var menu = await OpenMenuAsync(page);

        await menu.GetByRole(AriaRole.Link, new() { Name = "Liên hệ", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(ContactsUrl());
        var phone = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "0210 3 852 000" });
        await Assertions.Expect(phone).ToBeVisibleAsync();
        Assert.Equal("tel:02103852000", await phone.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator(".site-footer a[href='tel:02103852000']")).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await (await OpenMenuAsync(page)).GetByRole(AriaRole.Link, new() { Name = "Thông báo", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(AnnouncementsUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Thông báo");

        // The same office in English, one tap from the Vietnamese contacts page.
        await page.GotoAsync("/lien-he");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EnglishContactsUrl());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "0210 3 852 000" })).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Resident_PagesThroughNewsAndOpensAnArticle(Viewport viewport)
    {
        var page = await fixture.NewPageAsync(viewport);
        await page.GotoAsync("/tin-tuc");

        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau" }).ClickAsync();
        await page.WaitForURLAsync(SecondNewsPage());
        var article = page.Locator("main .card h3 a").First;
        var title = await article.InnerTextAsync();
        await article.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".prose")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirstIsVisibleAndMovesFocusToTheContent()
    {
        var page = await fixture.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/thanh-tuu");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        await Assertions.Expect(skip).ToHaveTextAsync("Bỏ qua, đến nội dung chính");
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Keyboard_FocusIsVisibleAndTheMenuWorksWithoutAMouse()
    {
        var page = await fixture.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/");

        string? focused = null;
        for (var i = 0; i < 15 && focused != "Di sản"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
            var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
            Assert.NotEqual("none", outline);
        }

        Assert.Equal("Di sản", focused);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/di-san");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Di sản và lễ hội");
    }

    /// <summary>
    /// The main menu, opened: on a phone it is folded behind its "Danh mục" button (a details element, no script),
    /// which the resident taps first; on a wide screen it is always open and the button is not shown.
    /// </summary>
    private static async Task<ILocator> OpenMenuAsync(IPage page)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var button = menu.Locator("summary");
        if (await button.IsVisibleAsync())
        {
            await Assertions.Expect(menu.GetByRole(AriaRole.Link).First).Not.ToBeVisibleAsync();
            await button.ClickAsync();
        }

        await Assertions.Expect(menu.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        return menu;
    }

    /// <summary>A first visit to the home page on a phone, everything it loads counted by the Resource Timing API.</summary>
    [Fact]
    public async Task HomePage_FirstVisit_WeighsAtMost150KB_InAtMost15Requests_FontsIncluded()
    {
        var page = await fixture.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("document.fonts.ready");

        var figures = await page.EvaluateAsync<long[]>("""
            () => {
              const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
              const size = e => e.transferSize || e.encodedBodySize;
              return [entries.reduce((sum, e) => sum + size(e), 0), entries.length, entries.filter(e => e.name.endsWith('.woff2')).length];
            }
            """);
        var (bytes, requests, fonts) = (figures[0], figures[1], figures[2]);

        Assert.True(fonts >= 1, "the web font was not loaded");
        Assert.True(bytes <= 150 * 1024, $"{bytes:N0} bytes");
        Assert.True(requests <= 15, $"{requests} requests");
    }

    [Fact]
    public async Task PhoneMenu_OpensByKeyboard_WithoutJavaScript_AndTheHomePageLeadsWithTheResidentsSections()
    {
        var context = await fixture.NewContextAsync(Viewport.Phone, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // The first screen: the ward's name and at least four of the sections residents come for.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Phường Thanh Miếu" })).ToBeInViewportAsync();
        var entries = page.Locator("nav.services a");
        var inView = 0;
        for (var i = 0; i < await entries.CountAsync(); i++)
        {
            var box = (await entries.Nth(i).BoundingBoxAsync())!;
            inView += box.Y + box.Height <= Viewport.Phone.Height ? 1 : 0;
        }

        Assert.True(inView >= 4, $"{inView} entries on the first screen");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Di sản" })).Not.ToBeVisibleAsync();
        await menu.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var heritage = menu.GetByRole(AriaRole.Link, new() { Name = "Di sản" });
        await Assertions.Expect(heritage).ToBeVisibleAsync();
        await heritage.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/di-san");
        await context.CloseAsync();
    }
}
