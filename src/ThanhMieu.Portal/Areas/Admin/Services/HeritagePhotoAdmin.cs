namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// A heritage site's gallery, edited on the site's edit screen: each photo is an image of the media library (uploaded
/// there) with its alternative text, an optional caption and its place in the order. Taking a photo out of the gallery
/// leaves the image in the library.
/// </summary>
public sealed class HeritagePhotoAdmin(PortalDbContext db, HeritageSiteAdmin sites, PublicUrls urls)
    : ChildRowsAdmin<HeritageSite, HeritagePhoto, HeritagePhotoForm, HeritageSiteEditPage, HeritagePhotoDeletePage>(db, sites)
{
    protected override string Anchor => HeritageSiteEditPage.PhotosAnchor;

    protected override ChildRowTexts Texts => new(
        ContentText.HeritagePhoto_Added,
        ContentText.HeritagePhoto_Saved,
        ContentText.HeritagePhoto_Removed,
        ContentText.HeritagePhoto_Gone,
        ContentText.HeritagePhoto_DeleteQuestion);

    /// <summary>A saved photo as the edit screen and the delete page show it.</summary>
    public static HeritagePhotoForm ToRow(HeritagePhoto photo, PublicUrls urls)
    {
        var form = ToForm(photo);
        form.Id = photo.Id;
        form.MediaPath = photo.MediaAsset is { } asset ? urls.Media(asset.FileName) : null;
        return form;
    }

    protected override ICollection<HeritagePhoto> RowsOf(HeritageSite parent) => parent.Photos;

    protected override int IdOf(HeritagePhoto row) => row.Id;

    /// <summary>The path must name an image of the library (not a document's PDF).</summary>
    protected override async Task ValidateAsync(HeritagePhotoForm form, FormState state, CancellationToken cancellationToken)
    {
        if (state.HasError(nameof(form.MediaPath)) || string.IsNullOrWhiteSpace(form.MediaPath))
        {
            return;
        }

        if (await FindAssetAsync(form.MediaPath, cancellationToken) is null)
        {
            state.AddError(nameof(form.MediaPath), ContentText.HeritagePhoto_MediaPath_NotMedia);
        }
    }

    protected override void Apply(HeritagePhotoForm form, HeritagePhoto row)
    {
        base.Apply(form, row);
        // Found (and tracked) by ValidateAsync just before.
        var fileName = urls.MediaFileName(form.MediaPath!);
        row.MediaAsset = Db.MediaAssets.Local.First(m => m.FileName == fileName);
    }

    protected override object?[] Describe(HeritagePhoto row, HeritageSite parent) => [row.AltText, parent.Name];

    protected override HeritagePhotoDeletePage DeletePage(HeritageSite parent, HeritagePhoto row, string question) =>
        new(parent.Id, parent.Name, question, ToRow(row, urls));

    private Task<MediaAsset?> FindAssetAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = urls.MediaFileName(path);
        return fileName is null || fileName.EndsWith(PdfInspector.Extension, StringComparison.Ordinal)
            ? Task.FromResult<MediaAsset?>(null)
            : Db.MediaAssets.FirstOrDefaultAsync(m => m.FileName == fileName, cancellationToken);
    }
}
