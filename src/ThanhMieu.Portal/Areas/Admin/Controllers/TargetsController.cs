namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/muc-tieu")]
public sealed class TargetsController(TargetAdmin targets, ProgressUpdateAdmin updates)
    : ContentController<TargetForm, TargetFilter, TargetEditPage>(targets)
{
    [HttpPost("{id:int}/tien-do/them")]
    public async Task<IActionResult> AddUpdate(
        int id, [Bind(Prefix = ProgressUpdateForm.NewPrefix)] ProgressUpdateForm form, CancellationToken cancellationToken) =>
        Outcome(await updates.AddAsync(id, form, new FormState(ModelState, ProgressUpdateForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/tien-do/{updateId:int}/sua")]
    public async Task<IActionResult> EditUpdate(int id, int updateId, CancellationToken cancellationToken)
    {
        // Each update's fields carry the update's own prefix, so errors show beside that update only.
        var prefix = ProgressUpdateForm.PrefixFor(updateId);
        var form = new ProgressUpdateForm { Id = updateId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await updates.UpdateAsync(id, updateId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    /// <summary>Asks before deleting: the update named, with its values; only the post from this page deletes.</summary>
    [HttpGet("{id:int}/tien-do/{updateId:int}/xoa")]
    public async Task<IActionResult> RemoveUpdate(int id, int updateId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await updates.RemovePageAsync(id, updateId, cancellationToken));

    [HttpPost("{id:int}/tien-do/{updateId:int}/xoa")]
    [ActionName(nameof(RemoveUpdate))]
    public async Task<IActionResult> RemoveUpdatePost(int id, int updateId, CancellationToken cancellationToken) =>
        Outcome(await updates.RemoveAsync(id, updateId, cancellationToken));
}
