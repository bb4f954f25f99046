namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/thu-vien")]
public sealed class MediaLibraryController(PortalDbContext db, MediaLibrary media, PublicUrls urls, IOptions<AdminOptions> options) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await BuildAsync(page, new MediaUploadForm(), cancellationToken));

    [HttpPost("tai-len")]
    public async Task<IActionResult> Upload(MediaUploadForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await media.UploadAsync(form.File, form.AltText, cancellationToken);
            if (result.Asset is { } asset)
            {
                Notify(VietnameseFormat.Text(CommonText.Media_Uploaded, urls.Media(asset.FileName)));
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(nameof(form.File), result.Error!);
            Response.StatusCode = result.StatusCode;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(nameof(Index), await BuildAsync(1, form, cancellationToken));
    }

    private async Task<MediaLibraryViewModel> BuildAsync(int page, MediaUploadForm form, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        var paging = Paging.For(page, pageSize, await db.MediaAssets.CountAsync(cancellationToken));
        var assets = await db.MediaAssets.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Skip(paging.Skip(pageSize)).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new MediaLibraryViewModel(assets, paging, form, VietnameseFormat.Megabytes(media.MaxBytes));
    }
}
