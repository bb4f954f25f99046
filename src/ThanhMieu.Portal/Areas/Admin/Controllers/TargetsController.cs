using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/muc-tieu")]
public sealed class TargetsController(TargetAdmin targets) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TargetFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await targets.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await targets.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] TargetForm form, CancellationToken cancellationToken) =>
        Outcome(await targets.CreateAsync(form, MainForm, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await targets.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] TargetForm form, CancellationToken cancellationToken) =>
        Outcome(await targets.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await targets.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await targets.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);

    [HttpPost("{id:int}/tien-do/them")]
    public async Task<IActionResult> AddUpdate(
        int id, [Bind(Prefix = ProgressUpdateForm.Prefix)] ProgressUpdateForm form, CancellationToken cancellationToken) =>
        Outcome(await targets.AddUpdateAsync(id, form, new FormState(ModelState, ProgressUpdateForm.Prefix), cancellationToken));

    [HttpPost("{id:int}/tien-do/{updateId:int}/xoa")]
    public async Task<IActionResult> RemoveUpdate(int id, int updateId, CancellationToken cancellationToken) =>
        Outcome(await targets.RemoveUpdateAsync(id, updateId, cancellationToken));
}
