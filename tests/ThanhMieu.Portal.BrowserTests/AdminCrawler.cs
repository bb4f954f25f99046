using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ThanhMieu.Portal.BrowserTests;

/// <summary>
/// Visits every admin screen a signed-in user can reach by following links from the dashboard, once per kind of
/// screen (/admin/bai-viet/12/sua and /admin/bai-viet/13/sua are the same screen, as are two users' edit pages),
/// so new screens are checked too. Screens given as starts are visited right after the dashboard, so a test decides
/// which record stands for its kind of screen (e.g. an article with two revisions, so the compare screen is reached).
/// </summary>
public static partial class AdminCrawler
{
    private const int MaxScreens = 120;

    [GeneratedRegex("/(\\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")]
    private static partial Regex Ids();

    public static async Task<List<string>> VisitAllAsync(IPage page, IEnumerable<string> starts, Func<string, Task> check)
    {
        var seenShapes = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts.Prepend("/admin"));
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxScreens)
        {
            var path = queue.Dequeue();
            if (!seenShapes.Add(Shape(path)))
            {
                continue;
            }

            var response = await page.GotoAsync(path);
            if (response is null || !response.Ok)
            {
                throw new InvalidOperationException($"{path} answered {(int?)response?.Status}");
            }

            visited.Add(path);
            await check(path);

            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))");
            foreach (var href in hrefs.Where(IsAdminScreen))
            {
                queue.Enqueue(href.Split('#')[0]);
            }
        }

        return visited;
    }

    private static bool IsAdminScreen(string href) =>
        href.StartsWith("/admin", StringComparison.Ordinal) && !href.StartsWith("/admin/dang-xuat", StringComparison.Ordinal);

    /// <summary>The path with ids and the query's values blanked: one visit per kind of screen.</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?', 2);
        var query = parts.Length > 1 ? "?" + string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Order()) : "";
        return Ids().Replace(parts[0], "/{id}") + query;
    }
}
