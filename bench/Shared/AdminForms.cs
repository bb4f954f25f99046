using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Bench;

/// <summary>The article the benchmark writes: about the size of a long news article or a congress report section.</summary>
internal sealed record ArticleState(int Id, string Title, string Slug, string CategoryId, string Body)
{
    public IEnumerable<KeyValuePair<string, string>> Fields(string stamp, string token, int edit) =>
    [
        new("Title", Title),
        new("Slug", Slug),
        new("Summary", "Bài dùng để đo thời gian lưu."),
        new("CategoryId", CategoryId),
        new("BodyMarkdown", Body + $"\n\nLần sửa thứ {edit + 1}."),
        new("CoverImagePath", ""),
        new("CoverImageAlt", ""),
        new("Status", "Published"),
        new("PublishAt", "2026-01-15T08:00"),
        new("ConcurrencyStamp", stamp),
        new("__RequestVerificationToken", token),
    ];
}

internal static partial class Portal
{
    public static async Task SignInAsync(HttpClient http, string email, string password)
    {
        var token = Token(await http.GetStringAsync("/admin/dang-nhap"));
        using var response = await http.PostAsync("/admin/dang-nhap", new FormUrlEncodedContent(
            [new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in answered {(int)response.StatusCode}.");
        }
    }

    public static async Task<ArticleState> NewArticleAsync(HttpClient http, string title = "Đo thời gian lưu bài viết", string slug = "do-thoi-gian-luu-bai-viet")
    {
        var (status, article) = await TryNewArticleAsync(http, title, slug);
        return article ?? throw new InvalidOperationException($"Create answered {(int)status}.");
    }

    /// <summary>Creates a published article through the create form; the answer's status, and the article when it was saved (302).</summary>
    public static async Task<(HttpStatusCode Status, ArticleState? Article)> TryNewArticleAsync(HttpClient http, string title, string slug)
    {
        var page = await http.GetStringAsync("/admin/bai-viet/tao");
        var categoryId = SelectedCategory().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No category selected on the create form.");
        var state = new ArticleState(0, title, slug, categoryId, Body());
        using var response = await http.PostAsync("/admin/bai-viet/tao", new FormUrlEncodedContent(state.Fields("", Token(page), -1)));
        var location = response.Headers.Location?.OriginalString ?? "";
        return EditLocation().Match(location) is { Success: true } created && response.StatusCode == HttpStatusCode.Redirect
            ? (response.StatusCode, state with { Id = int.Parse(created.Groups[1].Value, CultureInfo.InvariantCulture) })
            : (response.StatusCode, null);
    }

    public static async Task<(string Token, string Stamp)> LoadEditFormAsync(HttpClient http, int id)
    {
        var page = await http.GetStringAsync($"/admin/bai-viet/{id}/sua");
        var stamp = Stamp().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No concurrency stamp on the edit form.");
        return (Token(page), stamp);
    }

    private static string Token(string page) =>
        AntiforgeryToken().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No antiforgery token on the page.");

    private static string Body()
    {
        var body = new StringBuilder();
        for (var section = 1; section <= 12; section++)
        {
            body.Append(CultureInfo.InvariantCulture, $"## Phần {section}: kết quả và phương hướng\n\n");
            body.Append("Nhiệm kỳ 2020–2025, phường đạt và vượt các chỉ tiêu nghị quyết; tổng vốn đầu tư toàn xã hội hơn 15.200 tỷ đồng. ");
            body.Append("Giai đoạn 2025–2030 tập trung phát triển dịch vụ, thương mại, du lịch và chuyển đổi số.\n\n");
            body.Append("- Hạ tầng đô thị hiện đại\n- Cải cách hành chính gắn với chuyển đổi số\n- **Văn hóa** và *di sản*: đền Tam Giang, chùa Đại Bi, đình Bạch Hạc\n\n");
            body.Append("| Chỉ tiêu | 2021 | 2025 |\n|---|---|---|\n| Tỷ lệ hộ nghèo | 0,55% | 0,27% |\n| Tỷ lệ hộ cận nghèo | 0,56% | 0,35% |\n\n");
        }

        return body.ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex Stamp();

    [GeneratedRegex("<option value=\"(\\d+)\" selected=\"selected\">")]
    private static partial Regex SelectedCategory();

    [GeneratedRegex("^/admin/bai-viet/(\\d+)/sua$")]
    private static partial Regex EditLocation();
}
