using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/le-hoi")]
public sealed class FestivalsController(FestivalAdmin festivals) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] FestivalFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await festivals.ListAsync(filter, cancellationToken));

    // ?site= preselects the heritage site whose edit screen linked here.
    [HttpGet("tao")]
    public async Task<IActionResult> Create(int? site, CancellationToken cancellationToken) =>
        View("Edit", await festivals.CreatePageAsync(ModelState.IsValid ? site : null, cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] FestivalForm form, CancellationToken cancellationToken) =>
        Outcome(await festivals.CreateAsync(form, MainForm, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await festivals.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] FestivalForm form, CancellationToken cancellationToken) =>
        Outcome(await festivals.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await festivals.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await festivals.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);
}
