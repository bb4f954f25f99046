namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/le-hoi")]
public sealed class FestivalsController(FestivalAdmin festivals, FestivalDateAdmin dates)
    : ContentController<FestivalForm, FestivalFilter, FestivalEditPage>(festivals)
{
    [HttpPost("{id:int}/ngay/them")]
    public async Task<IActionResult> AddDate(
        int id, [Bind(Prefix = FestivalDateForm.NewPrefix)] FestivalDateForm form, CancellationToken cancellationToken) =>
        Outcome(await dates.AddAsync(id, form, new FormState(ModelState, FestivalDateForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/ngay/{dateId:int}/sua")]
    public async Task<IActionResult> EditDate(int id, int dateId, CancellationToken cancellationToken)
    {
        // Each date's fields carry the row's own prefix, so errors show beside that date only.
        var prefix = FestivalDateForm.PrefixFor(dateId);
        var form = new FestivalDateForm { Id = dateId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await dates.UpdateAsync(id, dateId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    [HttpGet("{id:int}/ngay/{dateId:int}/xoa")]
    public async Task<IActionResult> RemoveDate(int id, int dateId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await dates.RemovePageAsync(id, dateId, cancellationToken));

    [HttpPost("{id:int}/ngay/{dateId:int}/xoa")]
    [ActionName(nameof(RemoveDate))]
    public async Task<IActionResult> RemoveDatePost(int id, int dateId, CancellationToken cancellationToken) =>
        Outcome(await dates.RemoveAsync(id, dateId, cancellationToken));
}
