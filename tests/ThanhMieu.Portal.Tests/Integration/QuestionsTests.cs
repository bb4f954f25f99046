using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/hoi-dap: residents ask, look up by tracking code and read answers; staff moderate at /admin/hoi-dap.</summary>
public sealed class QuestionsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string AskForm = "form[method=post]";

    private static Dictionary<string, string> Question(string subject, string body = "Xin hỏi lịch tiếp công dân của phường vào ngày nào trong tuần?") => new()
    {
        ["Form.Subject"] = subject,
        ["Form.Question"] = body,
        ["Form.Name"] = "Nguyễn Văn Thử",
        ["Form.Contact"] = "thu.nguyen@example.org",
        ["Form.Consent"] = "true",
    };

    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..8];

    private async Task<(HttpClient Client, string Code)> AskAsync(string subject)
    {
        var client = factory.CreateBrowserClient();
        var response = await client.SubmitAsync("/hoi-dap", AskForm, Question(subject));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.LocationPath()!;
        Assert.StartsWith("/hoi-dap/tra-cuu?ma=", location, StringComparison.Ordinal);
        return (client, location["/hoi-dap/tra-cuu?ma=".Length..]);
    }

    [Fact]
    public async Task AQuestion_IsReceived_WithATrackingCode_ThatShowsItsStatus()
    {
        var subject = Unique("Lịch tiếp công dân");
        var (client, code) = await AskAsync(subject);

        var status = await client.GetDocumentAsync($"/hoi-dap/tra-cuu?ma={code}");
        var text = Text(status);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("Mã tra cứu: " + code, text, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận", text, StringComparison.Ordinal);
        Assert.Contains(subject, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn Thử", text, StringComparison.Ordinal);
        Assert.DoesNotContain("thu.nguyen@example.org", text, StringComparison.Ordinal);

        var saved = await factory.WithDbAsync(db => db.Questions.SingleAsync(q => q.TrackingCode == code));
        Assert.Equal("Nguyễn Văn Thử", saved.AskerName);
        Assert.NotNull(saved.ConsentedAtUtc);
        Assert.Equal(QuestionStatus.Received, saved.Status);

        // The code can be typed in lower case.
        Assert.Contains("Đã tiếp nhận", Text(await client.GetDocumentAsync($"/hoi-dap/tra-cuu?ma={code.ToLowerInvariant()}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTrapField_IsRefused_AndNothingIsSaved()
    {
        var subject = Unique("Bẫy");
        var fields = Question(subject);
        fields["Form.Website"] = "http://spam.example";

        var response = await factory.CreateBrowserClient().SubmitAsync("/hoi-dap", AskForm, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không gửi được câu hỏi", Text(await ParseAsync(response)), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Subject == subject)));
    }

    [Fact]
    public async Task WithoutConsent_TheFormComesBackWithAVietnameseMessage_AndTheTextKept()
    {
        var subject = Unique("Không đồng ý");
        var fields = Question(subject);
        fields.Remove("Form.Consent");

        var response = await factory.CreateBrowserClient().SubmitAsync("/hoi-dap", AskForm, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("đồng ý xử lý dữ liệu cá nhân", FieldError(page, "Form.Consent"), StringComparison.Ordinal);
        Assert.Equal(subject, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='Form.Subject']")!).Value);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Subject == subject)));
    }

    [Theory]
    [InlineData("Form.Question", 4001, "Nội dung câu hỏi hoặc góp ý không được dài quá 4000 ký tự.")]
    [InlineData("Form.Subject", 201, "Tiêu đề không được dài quá 200 ký tự.")]
    [InlineData("Form.Subject", 0, "Vui lòng nhập tiêu đề.")]
    public async Task OversizeOrMissingInput_IsRefusedBesideTheField(string field, int length, string message)
    {
        var fields = Question(Unique("Quá dài"));
        fields[field] = new string('a', length);

        var response = await factory.CreateBrowserClient().SubmitAsync("/hoi-dap", AskForm, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, FieldError(await ParseAsync(response), field));
    }

    [Fact]
    public async Task TheSameQuestionAgain_WithOtherMarksAndCase_IsRefusedAsADuplicate()
    {
        var subject = Unique("Hỏi về đường điện");
        await AskAsync(subject);
        var again = Question(subject.ToUpperInvariant().Replace("Đ", "D", StringComparison.Ordinal).Replace("Ư", "U", StringComparison.Ordinal),
            "xin hoi lich tiep cong dan cua phuong vao ngay nao trong tuan");

        var response = await factory.CreateBrowserClient().SubmitAsync("/hoi-dap", AskForm, again);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("vừa được gửi", Text(await ParseAsync(response)), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.CountAsync(q => q.Subject == subject)));
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest, "gồm 10 chữ cái")]
    [InlineData("<script>x</script>", HttpStatusCode.BadRequest, "gồm 10 chữ cái")]
    [InlineData("AAAAAAAAAA", HttpStatusCode.NotFound, "Không tìm thấy")]
    public async Task ALookUpByABadOrUnknownCode_SaysSo(string code, HttpStatusCode status, string message)
    {
        var response = await factory.CreateClient().GetAsync($"/hoi-dap/tra-cuu?ma={Uri.EscapeDataString(code)}");

        Assert.Equal(status, response.StatusCode);
        var text = Text(await ParseAsync(response));
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnsweredQuestion_IsPublished_WithoutTheAskersData_UntilArchived()
    {
        var subject = Unique("Giờ làm việc bộ phận một cửa");
        var (resident, code) = await AskAsync(subject);
        var id = await factory.WithDbAsync(db => db.Questions.Where(q => q.TrackingCode == code).Select(q => q.Id).SingleAsync());
        var staff = await factory.SignedInClientAsync();
        var search = "/tim-kiem?q=" + Uri.EscapeDataString(subject);
        Assert.Empty((await resident.GetDocumentAsync(search)).QuerySelectorAll(".search-results li"));

        var unanswered = await staff.SubmitAsync($"/admin/hoi-dap/{id}/sua", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Status"] = nameof(QuestionStatus.Answered),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unanswered.StatusCode);
        Assert.Contains("viết câu trả lời", FieldError(await ParseAsync(unanswered), "Form.AnswerMarkdown"), StringComparison.Ordinal);

        var answered = await staff.SubmitAsync($"/admin/hoi-dap/{id}/sua", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Status"] = nameof(QuestionStatus.Answered),
            ["Form.AnswerMarkdown"] = "Bộ phận một cửa làm việc **trong giờ hành chính**.",
        });
        AssertRedirect(answered, $"/admin/hoi-dap/{id}/sua");

        var slug = await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Slug).SingleAsync());
        var list = Text(await resident.GetDocumentAsync("/hoi-dap"));
        Assert.Contains(subject, list, StringComparison.Ordinal);
        var found = (await resident.GetDocumentAsync(search)).QuerySelector(".search-results li");
        Assert.Equal($"/hoi-dap/{slug}", found?.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Equal("Hỏi đáp", found?.QuerySelector(".meta")?.TextContent);
        var page = await resident.GetDocumentAsync($"/hoi-dap/{slug}");
        Assert.Equal("trong giờ hành chính", page.QuerySelector(".prose strong")!.TextContent);
        foreach (var text in new[] { list, Text(page), Text(await resident.GetDocumentAsync($"/hoi-dap/tra-cuu?ma={code}")) })
        {
            Assert.DoesNotContain("Nguyễn Văn Thử", text, StringComparison.Ordinal);
            Assert.DoesNotContain("thu.nguyen@example.org", text, StringComparison.Ordinal);
        }

        Assert.Contains("Đã trả lời", Text(await resident.GetDocumentAsync($"/hoi-dap/tra-cuu?ma={code}")), StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Question) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audit);

        await staff.PostFormAsync($"/admin/hoi-dap/{id}/luu-tru", [], $"/admin/hoi-dap/{id}/sua");
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/hoi-dap/{slug}")).StatusCode);
        Assert.DoesNotContain(subject, Text(await resident.GetDocumentAsync("/hoi-dap")), StringComparison.Ordinal);
        Assert.Empty((await resident.GetDocumentAsync(search)).QuerySelectorAll(".search-results li"));
    }

    [Fact]
    public async Task UnansweredQuestions_HaveNoPublicPage()
    {
        var subject = Unique("Chưa trả lời");
        await AskAsync(subject);
        var slug = await factory.WithDbAsync(db => db.Questions.Where(q => q.Subject == subject).Select(q => q.Slug).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/hoi-dap/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/hoi-dap/khong-co-cau-hoi-nay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/hoi-dap?trang=999")).StatusCode);
    }

    [Fact]
    public async Task PersonalData_IsErased_AfterTheKeptPeriod_AndTheQuestionStays()
    {
        var old = Unique("Câu hỏi cũ");
        var recent = Unique("Câu hỏi mới");
        await factory.WithDbAsync(async db =>
        {
            foreach (var (subject, days) in new[] { (old, 400), (recent, 1) })
            {
                db.Questions.Add(new Question
                {
                    Subject = subject,
                    Slug = Slugifier.Slugify(subject),
                    Body = "Nội dung",
                    AskerName = "Trần Thị Cũ",
                    AskerContact = "0900000000",
                    TrackingCode = ResidentQuestions.NewTrackingCode(),
                    SubmittedAtUtc = DateTime.UtcNow.AddDays(-days),
                });
            }

            return await db.SaveChangesAsync();
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ResidentQuestions>().ErasePersonalDataAsync(default) >= 1);
        }

        var (erased, kept) = await factory.WithDbAsync(async db =>
            (await db.Questions.SingleAsync(q => q.Subject == old), await db.Questions.SingleAsync(q => q.Subject == recent)));
        Assert.Null(erased.AskerName);
        Assert.Null(erased.AskerContact);
        Assert.NotNull(erased.PersonalDataErasedAtUtc);
        Assert.Equal("Nội dung", erased.Body);
        Assert.Equal("Trần Thị Cũ", kept.AskerName);
    }

    [Fact]
    public async Task ThePagesAnswerHead()
    {
        var client = factory.CreateClient();
        foreach (var path in new[] { "/hoi-dap", "/hoi-dap/tra-cuu" })
        {
            var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

/// <summary>Past the per-address limit, a resident gets 429 with a Vietnamese page, and nothing more is saved.</summary>
public sealed class QuestionRateLimitTests
{
    [Fact]
    public async Task AskingOverTheLimit_Is429()
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["RateLimits:QuestionsPerAddress"] = "2" });
        var client = factory.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/hoi-dap");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
            {
                ["Form.Subject"] = "Giới hạn " + i,
                ["Form.Question"] = "Câu hỏi số " + i,
                ["Form.Consent"] = "true",
            });
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                Assert.True(response.Headers.RetryAfter is not null, "no Retry-After");
                Assert.Contains("Bạn đã gửi quá nhiều", Text(await ParseAsync(response)), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Questions.CountAsync()));
    }
}
