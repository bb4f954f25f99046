using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/di-san")]
public sealed class HeritageSitesController(HeritageSiteAdmin sites) : ContentController<HeritageSiteForm, ContentFilter, HeritageSiteEditPage>(sites);
