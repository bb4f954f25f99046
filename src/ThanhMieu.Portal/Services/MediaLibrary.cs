using System.Text.RegularExpressions;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Services;

/// <summary>The outcome of an upload: the stored asset, or a Vietnamese message and the HTTP status to answer with.</summary>
public sealed record UploadResult(MediaAsset? Asset, string? Error, int StatusCode)
{
    public static UploadResult Refused(string error, int statusCode = StatusCodes.Status400BadRequest) => new(null, error, statusCode);
}

/// <summary>
/// Stores uploaded images under server-generated names in the media folder (outside wwwroot) and finds them again.
/// </summary>
public sealed partial class MediaLibrary(
    PortalDbContext db, IOptions<MediaOptions> media, IOptions<DatabaseOptions> database, IWebHostEnvironment environment,
    TimeProvider time, IHttpContextAccessor httpContextAccessor)
{
    public long MaxBytes => media.Value.MaxBytes;

    public string Folder =>
        Path.GetFullPath(media.Value.Folder, DataServiceCollectionExtensions.ResolveDataFolder(database.Value, environment.ContentRootPath));

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    public static bool IsValidFileName(string? fileName) => fileName is not null && FileNamePattern().IsMatch(fileName);

    public async Task<UploadResult> UploadAsync(IFormFile? file, string altText, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return UploadResult.Refused(CommonText.Media_NoFile);
        }

        if (file.Length > MaxBytes)
        {
            return UploadResult.Refused(
                VietnameseFormat.Text(CommonText.Media_TooLarge, VietnameseFormat.Megabytes(MaxBytes)), StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var type = ImageSniffer.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (type is null)
        {
            return UploadResult.Refused(CommonText.Media_NotAnImage, StatusCodes.Status415UnsupportedMediaType);
        }

        var fileName = Guid.NewGuid().ToString("N") + type.Extension;
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);

        var asset = new MediaAsset
        {
            FileName = fileName,
            ContentType = type.ContentType,
            Length = buffer.Length,
            OriginalName = Path.GetFileName(file.FileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "",
            AltText = altText.Trim(),
            UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = Actor.From(httpContextAccessor.HttpContext).Name,
        };
        db.MediaAssets.Add(asset);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Never leave a file without its row.
            File.Delete(path);
            throw;
        }

        return new UploadResult(asset, null, StatusCodes.Status201Created);
    }

    /// <summary>The path and content type of a stored file, or null when the name is not one of ours.</summary>
    public (string Path, string ContentType)? Find(string fileName)
    {
        if (!IsValidFileName(fileName))
        {
            return null;
        }

        var path = Path.Combine(Folder, fileName);
        var contentType = Path.GetExtension(fileName) switch
        {
            ".jpg" => ImageSniffer.Jpeg.ContentType,
            ".png" => ImageSniffer.Png.ContentType,
            _ => ImageSniffer.WebP.ContentType,
        };
        return File.Exists(path) ? (path, contentType) : null;
    }
}
