namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/di-san")]
public sealed class HeritageSitesController(HeritageSiteAdmin sites) : ContentController<HeritageSiteForm, ContentFilter, HeritageSiteEditPage>(sites);
