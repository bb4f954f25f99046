namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/don-vi")]
public sealed class FormerUnitsController(FormerUnitAdmin units) : ContentController<FormerUnitForm, ContentFilter, FormerUnitEditPage>(units);
