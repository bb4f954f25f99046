using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/chi-tieu")]
public sealed class IndicatorsController(IndicatorAdmin indicators) : ContentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] IndicatorFilter filter, CancellationToken cancellationToken) =>
        ListOrBadRequest(await indicators.ListAsync(filter, cancellationToken));

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await indicators.CreatePageAsync(cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] IndicatorForm form, CancellationToken cancellationToken) =>
        Outcome(await indicators.CreateAsync(form, MainForm, cancellationToken));

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        EditOrNotFound(await indicators.EditPageAsync(id, cancellationToken));

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] IndicatorForm form, CancellationToken cancellationToken) =>
        Outcome(await indicators.UpdateAsync(id, form, MainForm, cancellationToken));

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await indicators.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await indicators.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);

    [HttpPost("{id:int}/so-lieu/them")]
    public async Task<IActionResult> AddObservation(
        int id, [Bind(Prefix = ObservationForm.NewPrefix)] ObservationForm form, CancellationToken cancellationToken) =>
        Outcome(await indicators.AddObservationAsync(id, form, new FormState(ModelState, ObservationForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/so-lieu/{observationId:int}/sua")]
    public async Task<IActionResult> EditObservation(int id, int observationId, CancellationToken cancellationToken)
    {
        // Each row's fields carry the row's own prefix, so errors show beside that row only.
        var prefix = ObservationForm.PrefixFor(observationId);
        var form = new ObservationForm { Id = observationId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await indicators.UpdateObservationAsync(id, observationId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    [HttpPost("{id:int}/so-lieu/{observationId:int}/xoa")]
    public async Task<IActionResult> RemoveObservation(int id, int observationId, CancellationToken cancellationToken) =>
        Outcome(await indicators.RemoveObservationAsync(id, observationId, cancellationToken));
}
