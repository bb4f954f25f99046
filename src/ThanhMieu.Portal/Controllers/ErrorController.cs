using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

/// <summary>
/// Vietnamese error pages, reached by re-execution so the original status code is kept. Each shows the request's
/// correlation id, the one on its log event; none shows exception details, in any environment.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
// Error pages re-execute the failed request, POSTs included; they change nothing, so need no antiforgery token.
[IgnoreAntiforgeryToken]
public sealed class ErrorController(IDiagnosticContext diagnostics) : Controller
{
    /// <summary>Where unhandled exceptions land; the status was chosen by the exception handler's selector.</summary>
    [Route("loi/ngoai-le", Name = RouteNames.Exception)]
    public IActionResult Exception()
    {
        // The exception handler's own log is suppressed: the request's one event carries the exception instead.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error)
        {
            diagnostics.SetException(error);
        }

        return Page(Response.StatusCode >= 400 ? Response.StatusCode : 500);
    }

    // No action parameters on purpose: binding would read the failed request's body (perhaps an oversized form)
    // a second time and fail again.
    [Route("loi/{code:int}", Name = RouteNames.Error)]
    public IActionResult Status() =>
        Page(int.TryParse(RouteData.Values["code"] as string, CultureInfo.InvariantCulture, out var code) ? code : 404);

    private ViewResult Page(int code)
    {
        var (status, title, message) = code switch
        {
            400 => (400, SiteText.Error_BadRequestTitle, SiteText.Error_BadRequestMessage),
            403 => (403, SiteText.Error_ForbiddenTitle, SiteText.Error_ForbiddenMessage),
            404 => (404, SiteText.Error_NotFoundTitle, SiteText.Error_NotFoundMessage),
            405 => (405, SiteText.Error_MethodNotAllowedTitle, SiteText.Error_MethodNotAllowedMessage),
            413 => (413, SiteText.Error_PayloadTooLargeTitle, SiteText.Error_PayloadTooLargeMessage),
            415 => (415, SiteText.Error_UnsupportedMediaTypeTitle, SiteText.Error_UnsupportedMediaTypeMessage),
            429 => (429, SiteText.Error_TooManyRequestsTitle, SiteText.Error_TooManyRequestsMessage),
            >= 400 and < 500 => (code, SiteText.Error_ClientErrorTitle, SiteText.Error_ClientErrorMessage),
            503 => (503, SiteText.Error_UnavailableTitle, SiteText.Error_UnavailableMessage),
            _ => (500, SiteText.Error_ServerErrorTitle, SiteText.Error_ServerErrorMessage),
        };
        var retryAfter = int.TryParse(Response.Headers.RetryAfter, CultureInfo.InvariantCulture, out var seconds) ? seconds : (int?)null;

        // A direct visit to /loi/404 must not answer 200; a re-executed request keeps its original code.
        Response.StatusCode = status;
        return View("Error", new ErrorViewModel(status, title, message, HttpContext.TraceIdentifier, retryAfter));
    }
}
