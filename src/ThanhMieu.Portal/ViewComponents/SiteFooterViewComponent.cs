using System.Data.Common;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.ViewComponents;

/// <summary>Every public page's footer: the ward's address, phone and working hours from the settings, empty ones left out.</summary>
public sealed partial class SiteFooterViewComponent(SiteSettingsCache settings, ILogger<SiteFooterViewComponent> logger) : ViewComponent
{
    public async Task<ViewViewComponentResult> InvokeAsync()
    {
        try
        {
            var values = await settings.GetAsync(HttpContext.RequestAborted);
            return View(ContactDetails.For(PublicLanguage.IsEnglish ? values.InEnglish() : values).Footer);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException && !HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The error page uses this layout too, and must still render when the database is what failed.
            LogUnavailable(logger, e);
            return View(Array.Empty<ContactLine>());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The site settings could not be read; the footer shows no contact details")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
