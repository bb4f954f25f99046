using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/di-san")]
public sealed class HeritageSitesController(HeritageSiteAdmin sites) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await sites.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await sites.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] HeritageSiteForm form, CancellationToken cancellationToken) =>
        Outcome(await sites.CreateAsync(form, MainForm, cancellationToken));

    [HttpPost("xem-truoc")]
    public async Task<IActionResult> Preview([Bind(Prefix = FormPrefix)] HeritageSiteForm form, CancellationToken cancellationToken) =>
        EditOrNotFound(await sites.PreviewAsync(null, form, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await sites.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] HeritageSiteForm form, CancellationToken cancellationToken) =>
        Outcome(await sites.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id, [Bind(Prefix = FormPrefix)] HeritageSiteForm form, CancellationToken cancellationToken) =>
        EditOrNotFound(await sites.PreviewAsync(id, form, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await sites.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await sites.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);
}
