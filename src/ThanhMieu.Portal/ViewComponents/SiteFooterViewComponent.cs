using Microsoft.AspNetCore.Mvc.ViewComponents;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.ViewComponents;

/// <summary>Every public page's footer: the ward's address, phone and working hours from the settings, empty ones left out.</summary>
public sealed class SiteFooterViewComponent(SiteSettingsCache settings) : ViewComponent
{
    public async Task<ViewViewComponentResult> InvokeAsync() =>
        View(ContactDetails.For(await settings.GetAsync(HttpContext.RequestAborted)).Footer);
}
