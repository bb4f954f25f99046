using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Tests.Corpora;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>
/// The XSS corpus as a browser meets it: every payload saved through the article form (title, summary, body), then the
/// article pages, the news list, the home page and the admin edit screen opened in Chromium. No payload may run: no
/// dialog opens, no call reaches <c>alert</c>, <c>confirm</c>, <c>prompt</c> or <c>print</c>, and nothing is fetched
/// from the payloads' hosts. (<c>XssCorpusTests</c> parses every field of every type; this proves the browser agrees.)
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class XssBrowserTests(BrowserFixture fixture)
{
    private const int PayloadsPerArticle = 30;

    private const string Trap =
        "window.__ran = []; for (const name of ['alert', 'confirm', 'prompt', 'print']) { window[name] = (...args) => { window.__ran.push(name + ' ' + args.join(' ')); }; }";

    [Fact]
    public async Task StoredPayloads_RunNothingInTheBrowser()
    {
        // A NUL makes the whole form a 400 (tested by the corpus run); the rest are saved.
        var payloads = LineCorpus.Read("xss-payloads.txt").Select(p => p.Text).Where(p => !p.Contains('\0', StringComparison.Ordinal)).ToList();
        Assert.True(payloads.Count >= 100, $"{payloads.Count} payloads");
        var client = await fixture.SignedInClientAsync();
        var articles = new List<int>();
        foreach (var (chunk, index) in payloads.Chunk(PayloadsPerArticle).Select((c, i) => (c, i)))
        {
            articles.Add(await client.CreateArticleAsync(f =>
            {
                f["Title"] = $"Thử mã độc {index + 1} " + Cut(chunk[0], 120);
                f["Summary"] = Cut(chunk[^1], 400);
                f["BodyMarkdown"] = string.Join("\n\n", chunk);
                f["Status"] = nameof(ArticleStatus.Published);
            }));
        }

        var context = await fixture.NewContextAsync(Viewport.Desktop);
        await context.AddInitScriptAsync(Trap);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var outside = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Host.EndsWith("xss.example", StringComparison.OrdinalIgnoreCase))
            {
                outside.Add(request.Url);
            }
        };

        var paths = new List<string> { "/", "/tin-tuc" };
        var slugs = await fixture.Portal.WithDbAsync(db => db.Articles.Where(a => articles.Contains(a.Id)).Select(a => a.Slug).ToListAsync());
        paths.AddRange(slugs.Select(slug => "/tin-tuc/" + slug));
        // The trap itself works: a call made on the page is recorded.
        await page.GotoAsync("/");
        await page.EvaluateAsync("alert('probe')");
        Assert.Equal(["alert probe"], await page.EvaluateAsync<string[]>("window.__ran"));

        var problems = new List<string>();
        foreach (var path in paths)
        {
            await CheckAsync(page, path, problems);
        }

        // The admin edit screen shows every payload in its fields, and its editor script previews the body.
        var admin = await fixture.SignedInPageAsync(Viewport.Desktop);
        await admin.Context.AddInitScriptAsync(Trap);
        admin.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        foreach (var id in articles.Take(2))
        {
            await CheckAsync(admin, ArticleForms.EditUrl(id), problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(dialogs.Count == 0, "dialogs: " + string.Join("; ", dialogs));
        Assert.True(outside.Count == 0, "fetched: " + string.Join("; ", outside));
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
        {
            problems.Add($"{path} answered {(int?)response?.Status}");
            return;
        }

        // Give handlers (onerror, onload, animations, autofocus) a moment to fire, as they would for a resident.
        await page.Mouse.MoveAsync(200, 300);
        await page.WaitForTimeoutAsync(300);
        var ran = await page.EvaluateAsync<string[]>("window.__ran");
        problems.AddRange(ran.Select(r => $"{path}: {r}"));
    }

    /// <summary>A payload for a one-line field: its line breaks and tabs as spaces, at most <paramref name="length"/> characters.</summary>
    private static string Cut(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Replace('\t', ' ');
        return line.Length <= length ? line : line[..length];
    }
}
