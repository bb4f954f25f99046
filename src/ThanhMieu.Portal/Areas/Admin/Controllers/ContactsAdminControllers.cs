using Microsoft.AspNetCore.Authorization;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/cai-dat")]
[Authorize(Roles = Roles.Administrator)]
public sealed class SiteSettingsController(SiteSettingsAdmin settings) : SingleContentController<SiteSettingsForm, SiteSettingsEditPage>(settings);

[Route("admin/thu-tuc")]
public sealed class ProceduresController(ProcedureAdmin procedures) : ContentController<ProcedureForm, ContentFilter, ProcedureEditPage>(procedures);
