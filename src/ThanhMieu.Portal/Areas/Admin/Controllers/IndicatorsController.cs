namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/chi-tieu")]
public sealed class IndicatorsController(IndicatorAdmin indicators, ObservationAdmin observations)
    : ContentController<IndicatorForm, IndicatorFilter, IndicatorEditPage>(indicators)
{
    [HttpPost("{id:int}/so-lieu/them")]
    public async Task<IActionResult> AddObservation(
        int id, [Bind(Prefix = ObservationForm.NewPrefix)] ObservationForm form, CancellationToken cancellationToken) =>
        Outcome(await observations.AddAsync(id, form, new FormState(ModelState, ObservationForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/so-lieu/{observationId:int}/sua")]
    public async Task<IActionResult> EditObservation(int id, int observationId, CancellationToken cancellationToken)
    {
        // Each row's fields carry the row's own prefix, so errors show beside that row only.
        var prefix = ObservationForm.PrefixFor(observationId);
        var form = new ObservationForm { Id = observationId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await observations.UpdateAsync(id, observationId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    /// <summary>Asks before deleting: the observation named, with its values; only the post from this page deletes.</summary>
    [HttpGet("{id:int}/so-lieu/{observationId:int}/xoa")]
    public async Task<IActionResult> RemoveObservation(int id, int observationId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await observations.RemovePageAsync(id, observationId, cancellationToken));

    [HttpPost("{id:int}/so-lieu/{observationId:int}/xoa")]
    [ActionName(nameof(RemoveObservation))]
    public async Task<IActionResult> RemoveObservationPost(int id, int observationId, CancellationToken cancellationToken) =>
        Outcome(await observations.RemoveAsync(id, observationId, cancellationToken));
}
