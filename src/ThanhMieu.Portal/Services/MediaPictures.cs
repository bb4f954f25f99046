using Microsoft.Extensions.Caching.Memory;

namespace ThanhMieu.Portal.Services;

/// <summary>One file a picture can be drawn from, and its width in pixels.</summary>
public sealed record PictureSource(string Url, int Width);

/// <summary>What an <c>img</c> needs: its address, its size when known, and the files of <c>srcset</c> (narrowest first).</summary>
public sealed record Picture(string Src, int? Width, int? Height, IReadOnlyList<PictureSource> Sources)
{
    /// <summary>The <c>srcset</c> value; null when there is only the one file.</summary>
    public string? SrcSet =>
        Sources.Count > 1 ? string.Join(", ", Sources.Select(s => s.Url + " " + s.Width.ToString(CultureInfo.InvariantCulture) + "w")) : null;
}

/// <summary>
/// Finds the size and variants of a media-library image for the pages' pictures. An image's size never changes once
/// known (names are never reused), so each is looked up once and kept in memory; an image uploaded before sizes were
/// kept is measured, and its variants written, the first time a page shows it.
/// </summary>
public sealed class MediaPictures(PortalDbContext db, MediaLibrary media, PublicUrls urls, IMemoryCache cache)
{
    // One measurement at a time: two first views of an old image would otherwise both write its variants.
    private static readonly SemaphoreSlim Backfill = new(1, 1);

    /// <summary>The picture at a media path (/media/...); a path not of the library gives a picture of that address alone.</summary>
    public async Task<Picture?> ForPathAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (urls.MediaFileName(path) is not { } fileName)
        {
            return new Picture(path, null, null, []);
        }

        if (cache.TryGetValue(CacheKey(fileName), out Picture? known) && known is not null)
        {
            return known;
        }

        var asset = await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == fileName, cancellationToken);
        return asset is null ? new Picture(path, null, null, []) : await ForAssetAsync(asset, cancellationToken);
    }

    /// <summary>The picture of a library image.</summary>
    public async Task<Picture> ForAssetAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(asset.FileName), out Picture? known) && known is not null)
        {
            return known;
        }

        if (asset.Width is null)
        {
            await Backfill.WaitAsync(cancellationToken);
            try
            {
                // Another request may have measured it while this one waited.
                var current = await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == asset.Id, cancellationToken);
                if (current is null || (current.Width is null && !await media.BackfillAsync(current, cancellationToken)))
                {
                    return new Picture(urls.Media(asset.FileName), null, null, []);
                }

                asset.Width = current.Width;
                asset.Height = current.Height;
            }
            finally
            {
                Backfill.Release();
            }
        }

        var sources = ImageReencoder.VariantWidthsFor(asset.Width!.Value)
            .Select(w => new PictureSource(urls.Media(MediaLibrary.VariantName(asset.FileName, w)), w))
            .Append(new PictureSource(urls.Media(asset.FileName), asset.Width.Value))
            .ToList();
        var picture = new Picture(urls.Media(asset.FileName), asset.Width, asset.Height, sources);
        cache.Set(CacheKey(asset.FileName), picture);
        return picture;
    }

    private static string CacheKey(string fileName) => "picture:" + fileName;
}
