namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/le-hoi")]
public sealed class FestivalsController(FestivalAdmin festivals) : ContentController<FestivalForm, FestivalFilter, FestivalEditPage>(festivals);
