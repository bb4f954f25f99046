namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/muc-tieu/dot-pha")]
public sealed class BreakthroughsController(BreakthroughAdmin breakthroughs) : ContentController<BreakthroughForm, ContentFilter, BreakthroughEditPage>(breakthroughs);
