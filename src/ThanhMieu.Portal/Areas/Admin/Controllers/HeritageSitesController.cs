namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/di-san")]
public sealed class HeritageSitesController(HeritageSiteAdmin sites, HeritagePhotoAdmin photos)
    : ContentController<HeritageSiteForm, ContentFilter, HeritageSiteEditPage>(sites)
{
    [HttpPost("{id:int}/anh/them")]
    public async Task<IActionResult> AddPhoto(
        int id, [Bind(Prefix = HeritagePhotoForm.NewPrefix)] HeritagePhotoForm form, CancellationToken cancellationToken) =>
        Outcome(await photos.AddAsync(id, form, new FormState(ModelState, HeritagePhotoForm.NewPrefix), cancellationToken));

    [HttpPost("{id:int}/anh/{photoId:int}/sua")]
    public async Task<IActionResult> EditPhoto(int id, int photoId, CancellationToken cancellationToken)
    {
        // Each photo's fields carry the row's own prefix, so errors show beside that photo only.
        var prefix = HeritagePhotoForm.PrefixFor(photoId);
        var form = new HeritagePhotoForm { Id = photoId };
        await TryUpdateModelAsync(form, prefix);
        return Outcome(await photos.UpdateAsync(id, photoId, form, new FormState(ModelState, prefix), cancellationToken));
    }

    /// <summary>Asks before taking a photo out of the gallery; the image stays in the media library.</summary>
    [HttpGet("{id:int}/anh/{photoId:int}/xoa")]
    public async Task<IActionResult> RemovePhoto(int id, int photoId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await photos.RemovePageAsync(id, photoId, cancellationToken));

    [HttpPost("{id:int}/anh/{photoId:int}/xoa")]
    [ActionName(nameof(RemovePhoto))]
    public async Task<IActionResult> RemovePhotoPost(int id, int photoId, CancellationToken cancellationToken) =>
        Outcome(await photos.RemoveAsync(id, photoId, cancellationToken));
}
