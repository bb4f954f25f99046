using System.Net;
using AngleSharp.Html.Dom;
using Serilog.Events;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Vietnamese error pages with the request's correlation id, the same id as on the request's log event; no
/// exception details on the page; abandoned requests logged as aborted, not as failures.
/// </summary>
public sealed class ErrorPagesTests(InstrumentedErrorPortal factory) : IClassFixture<InstrumentedErrorPortal>
{
    private static string CorrelationId(IHtmlDocument document)
    {
        var id = document.QuerySelector(".error-correlation code")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(id), "no correlation id on the page");
        Assert.Contains("Mã yêu cầu", document.QuerySelector(".error-correlation")?.TextContent, StringComparison.Ordinal);
        return id;
    }

    private async Task AssertLoggedWithAsync(string path, string correlationId, int status)
    {
        var logged = await factory.Log.RequestEventAsync(path);
        Assert.Equal(correlationId, CapturedLog.Scalar(logged, "CorrelationId"));
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), CapturedLog.Scalar(logged, "StatusCode"));
    }

    [Theory]
    [InlineData(400, "Yêu cầu không hợp lệ")]
    [InlineData(403, "Không có quyền truy cập")]
    [InlineData(404, "Không tìm thấy trang")]
    [InlineData(405, "Phương thức không được hỗ trợ")]
    [InlineData(413, "Dữ liệu quá lớn")]
    [InlineData(415, "Định dạng không được hỗ trợ")]
    [InlineData(429, "Quá nhiều yêu cầu")]
    [InlineData(500, "Đã có lỗi xảy ra")]
    public async Task EachErrorPage_IsVietnameseWithTheLoggedCorrelationId(int status, string title)
    {
        var path = $"/loi/{status}";

        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        var document = await TestForms.ParseAsync(response);
        Assert.Equal(title, document.QuerySelector("h1")?.TextContent);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        await AssertLoggedWithAsync(path, CorrelationId(document), status);
    }

    [Fact]
    public async Task RealFailures_GetTheirPageAndTheirIdInTheLog()
    {
        var client = factory.CreateClient();

        var notFound = await client.GetAsync("/khong-co-trang-nay-dau");
        var wrongMethod = await client.DeleteAsync("/tin-tuc");
        // Past the request cap: the largest upload (a document's PDF, 10 MB) plus the form allowance.
        using var huge = new ByteArrayContent(new byte[12 * 1024 * 1024]);
        var tooLarge = await client.PostAsync("/admin/dang-nhap", huge);

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        await AssertLoggedWithAsync("/khong-co-trang-nay-dau", CorrelationId(await TestForms.ParseAsync(notFound)), 404);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("Phương thức không được hỗ trợ", (await TestForms.ParseAsync(wrongMethod)).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("Dữ liệu quá lớn", (await TestForms.ParseAsync(tooLarge)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AnException_ShowsNoDetailsAndIsLoggedOnceWithItsId()
    {
        var response = await factory.CreateClient().GetAsync("/kiem-thu/loi");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(TestEndpointsController.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        var document = await TestForms.ParseAsync(response);
        Assert.Equal("Đã có lỗi xảy ra", document.QuerySelector("h1")?.TextContent);
        var logged = await factory.Log.RequestEventAsync("/kiem-thu/loi");
        Assert.Equal(CorrelationId(document), CapturedLog.Scalar(logged, "CorrelationId"));
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.StartsWith(TestEndpointsController.SecretDetail, logged.Exception?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAbandonedRequest_IsLoggedAsAbortedNotAs500()
    {
        var failure = await Record.ExceptionAsync(() => factory.CreateClient().GetAsync("/kiem-thu/huy"));

        Assert.NotNull(failure);
        var logged = await factory.Log.RequestEventAsync("/kiem-thu/huy");
        var line = logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("aborted by the client", line, StringComparison.Ordinal);
        Assert.DoesNotContain("responded 500", line, StringComparison.Ordinal);
        Assert.NotEqual("500", CapturedLog.Scalar(logged, "StatusCode"));
        Assert.True(logged.Level < LogEventLevel.Warning, $"logged at {logged.Level}");
    }
}

/// <summary>One instrumented portal for the error page tests.</summary>
public sealed class InstrumentedErrorPortal() : InstrumentedPortal();
