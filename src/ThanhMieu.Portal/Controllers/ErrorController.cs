using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

/// <summary>Vietnamese error pages, reached by re-execution so the original status code is kept.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
// Error pages re-execute the failed request, POSTs included; they change nothing, so need no antiforgery token.
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    /// <summary>Where unhandled exceptions land; the status was chosen by the exception handler's selector.</summary>
    [Route("loi/ngoai-le")]
    public IActionResult Exception() => Page(Response.StatusCode >= 400 ? Response.StatusCode : 500);

    // No action parameters on purpose: binding would read the failed request's body (perhaps an oversized form)
    // a second time and fail again.
    [Route("loi/{code:int}")]
    public IActionResult Status() =>
        Page(int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 404);

    private ViewResult Page(int code)
    {
        var model = code switch
        {
            400 => new ErrorViewModel(400, "Yêu cầu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Vui lòng kiểm tra lại."),
            403 => new ErrorViewModel(403, "Không có quyền truy cập", "Bạn không có quyền xem trang này."),
            404 => new ErrorViewModel(404, "Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."),
            405 => new ErrorViewModel(405, "Phương thức không được hỗ trợ", "Trang này không nhận yêu cầu theo cách vừa gửi."),
            413 => new ErrorViewModel(413, "Dữ liệu quá lớn", "Dữ liệu gửi lên vượt quá dung lượng cho phép."),
            415 => new ErrorViewModel(415, "Định dạng không được hỗ trợ", "Định dạng dữ liệu gửi lên không được hỗ trợ."),
            >= 400 and < 500 => new ErrorViewModel(code, "Yêu cầu không thực hiện được", "Yêu cầu không thể thực hiện. Vui lòng thử lại."),
            _ => new ErrorViewModel(500, "Đã có lỗi xảy ra", "Hệ thống gặp sự cố. Chúng tôi đã ghi nhận và sẽ khắc phục sớm. Vui lòng thử lại sau."),
        };

        // A direct visit to /loi/404 must not answer 200; a re-executed request keeps its original code.
        Response.StatusCode = model.StatusCode;
        return View("Error", model);
    }
}
