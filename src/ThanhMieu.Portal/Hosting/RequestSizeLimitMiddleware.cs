using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Caps every request body at the largest upload plus room for form fields. A body announced as larger is refused
/// with 413 before a byte is read (the status page explains it in Vietnamese); an unannounced (chunked) one is cut
/// off by the server at the same size.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<MediaOptions> media)
{
    public const long FormAllowance = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = media.Value.LargestUpload + FormAllowance;

        // The Vietnamese status page re-executes this same request; let it through to explain the 413.
        var isStatusPage = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (context.Request.ContentLength > limit && !isStatusPage)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
