using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/le-hoi")]
public sealed class FestivalsController(FestivalAdmin festivals) : ContentController<FestivalForm, FestivalFilter, FestivalEditPage>(festivals);
