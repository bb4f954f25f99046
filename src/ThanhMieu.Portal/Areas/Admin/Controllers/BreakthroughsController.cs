using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/muc-tieu/dot-pha")]
public sealed class BreakthroughsController(BreakthroughAdmin breakthroughs) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await breakthroughs.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await breakthroughs.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] BreakthroughForm form, CancellationToken cancellationToken) =>
        Outcome(await breakthroughs.CreateAsync(form, MainForm, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await breakthroughs.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] BreakthroughForm form, CancellationToken cancellationToken) =>
        Outcome(await breakthroughs.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await breakthroughs.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await breakthroughs.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);
}
