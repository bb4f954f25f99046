namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/chuyen-huong")]
public sealed class RedirectsController(RedirectAdmin redirects) : ContentController<RedirectForm, ContentFilter, RedirectEditPage>(redirects);
