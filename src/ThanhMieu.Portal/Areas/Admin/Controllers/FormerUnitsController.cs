using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/don-vi")]
public sealed class FormerUnitsController(FormerUnitAdmin units) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await units.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await units.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] FormerUnitForm form, CancellationToken cancellationToken) =>
        Outcome(await units.CreateAsync(form, MainForm, cancellationToken));

    [HttpPost("xem-truoc")]
    public async Task<IActionResult> Preview([Bind(Prefix = FormPrefix)] FormerUnitForm form, CancellationToken cancellationToken) =>
        EditOrNotFound(await units.PreviewAsync(null, form, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await units.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] FormerUnitForm form, CancellationToken cancellationToken) =>
        Outcome(await units.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id, [Bind(Prefix = FormPrefix)] FormerUnitForm form, CancellationToken cancellationToken) =>
        EditOrNotFound(await units.PreviewAsync(id, form, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await units.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await units.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);
}
