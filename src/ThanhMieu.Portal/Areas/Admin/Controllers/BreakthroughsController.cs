using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/muc-tieu/dot-pha")]
public sealed class BreakthroughsController(BreakthroughAdmin breakthroughs) : ContentController<BreakthroughForm, ContentFilter, BreakthroughEditPage>(breakthroughs);
