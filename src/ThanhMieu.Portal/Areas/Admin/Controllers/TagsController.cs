using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/the")]
public sealed class TagsController(TagAdmin tags) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await tags.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await tags.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] TagForm form, CancellationToken cancellationToken) =>
        Outcome(await tags.CreateAsync(form, MainForm, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await tags.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] TagForm form, CancellationToken cancellationToken) =>
        Outcome(await tags.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await tags.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await tags.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);
}
