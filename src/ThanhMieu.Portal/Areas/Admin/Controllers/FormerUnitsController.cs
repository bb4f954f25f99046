using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/don-vi")]
public sealed class FormerUnitsController(FormerUnitAdmin units) : ContentController<FormerUnitForm, ContentFilter, FormerUnitEditPage>(units);
