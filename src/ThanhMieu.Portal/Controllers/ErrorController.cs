using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

/// <summary>Vietnamese error pages, reached by re-execution so the original status code is kept.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
// Error pages re-execute the failed request, POSTs included; they change nothing, so need no antiforgery token.
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    /// <summary>Where unhandled exceptions land; the status was chosen by the exception handler's selector.</summary>
    [Route("loi/ngoai-le", Name = RouteNames.Exception)]
    public IActionResult Exception() => Page(Response.StatusCode >= 400 ? Response.StatusCode : 500);

    // No action parameters on purpose: binding would read the failed request's body (perhaps an oversized form)
    // a second time and fail again.
    [Route("loi/{code:int}", Name = RouteNames.Error)]
    public IActionResult Status() =>
        Page(int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 404);

    private ViewResult Page(int code)
    {
        var model = code switch
        {
            400 => new ErrorViewModel(400, SiteText.Error_BadRequestTitle, SiteText.Error_BadRequestMessage),
            403 => new ErrorViewModel(403, SiteText.Error_ForbiddenTitle, SiteText.Error_ForbiddenMessage),
            404 => new ErrorViewModel(404, SiteText.Error_NotFoundTitle, SiteText.Error_NotFoundMessage),
            405 => new ErrorViewModel(405, SiteText.Error_MethodNotAllowedTitle, SiteText.Error_MethodNotAllowedMessage),
            413 => new ErrorViewModel(413, SiteText.Error_PayloadTooLargeTitle, SiteText.Error_PayloadTooLargeMessage),
            415 => new ErrorViewModel(415, SiteText.Error_UnsupportedMediaTypeTitle, SiteText.Error_UnsupportedMediaTypeMessage),
            >= 400 and < 500 => new ErrorViewModel(code, SiteText.Error_ClientErrorTitle, SiteText.Error_ClientErrorMessage),
            _ => new ErrorViewModel(500, SiteText.Error_ServerErrorTitle, SiteText.Error_ServerErrorMessage),
        };

        // A direct visit to /loi/404 must not answer 200; a re-executed request keeps its original code.
        Response.StatusCode = model.StatusCode;
        return View("Error", model);
    }
}
