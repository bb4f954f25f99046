namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/to-chuc")]
public sealed class OrganisationsController(OrganisationAdmin organisations, OfficialAdmin officials)
    : ContentController<OrganisationForm, ContentFilter, OrganisationEditPage>(organisations)
{
    [HttpPost("{id:int}/can-bo/them")]
    public async Task<IActionResult> AddOfficial(
        int id, [Bind(Prefix = OfficialForm.NewPrefix)] OfficialForm form, CancellationToken cancellationToken) =>
        Outcome(await officials.AddAsync(id, form, new FormState(ModelState, OfficialForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/can-bo/{officialId:int}/sua")]
    public async Task<IActionResult> EditOfficial(int id, int officialId, CancellationToken cancellationToken)
    {
        // Each row's fields carry the row's own prefix, so errors show beside that row only.
        var prefix = OfficialForm.PrefixFor(officialId);
        var form = new OfficialForm { Id = officialId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await officials.UpdateAsync(id, officialId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    /// <summary>Asks before removing: the person named; only the post from this page removes.</summary>
    [HttpGet("{id:int}/can-bo/{officialId:int}/xoa")]
    public async Task<IActionResult> RemoveOfficial(int id, int officialId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await officials.RemovePageAsync(id, officialId, cancellationToken));

    [HttpPost("{id:int}/can-bo/{officialId:int}/xoa")]
    [ActionName(nameof(RemoveOfficial))]
    public async Task<IActionResult> RemoveOfficialPost(int id, int officialId, CancellationToken cancellationToken) =>
        Outcome(await officials.RemoveAsync(id, officialId, cancellationToken));
}
