using System.Text.RegularExpressions;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Services;

/// <summary>The outcome of an upload: the stored asset, or a Vietnamese message and the HTTP status to answer with.</summary>
public sealed record UploadResult(MediaAsset? Asset, string? Error, int StatusCode, StoredFile? File = null)
{
    public static UploadResult Refused(string error, int statusCode = StatusCodes.Status400BadRequest) => new(null, error, statusCode);
}

/// <summary>A file written to the media folder: its server-made name, its size and the name it was uploaded with.</summary>
public sealed record StoredFile(string FileName, long Length, string OriginalName);

/// <summary>
/// Stores uploaded images and documents' PDFs under server-generated names in the media folder (outside wwwroot) and finds them again.
/// </summary>
public sealed partial class MediaLibrary(
    PortalDbContext db, IOptions<MediaOptions> media, IOptions<DatabaseOptions> database, IWebHostEnvironment environment,
    TimeProvider time, IHttpContextAccessor httpContextAccessor)
{
    public long MaxBytes => media.Value.MaxBytes;

    public string Folder =>
        Path.GetFullPath(media.Value.Folder, DataServiceCollectionExtensions.ResolveDataFolder(database.Value, environment.ContentRootPath));

    // An original (or a PDF) is 32 hex digits; its narrower copies add their width: 3f2a...c1-480.jpg.
    [GeneratedRegex("^[0-9a-f]{32}(?:-[0-9]{3,4}\\.(?:jpg|png|webp)|\\.(?:jpg|png|webp|pdf))$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    public static bool IsValidFileName(string? fileName) => fileName is not null && FileNamePattern().IsMatch(fileName);

    public long MaxDocumentBytes => media.Value.MaxDocumentBytes;

    public async Task<UploadResult> UploadAsync(IFormFile? file, string altText, CancellationToken cancellationToken)
    {
        var (bytes, refusal) = await ReadAsync(file, MaxBytes, CommonText.Media_NoFile, CommonText.Media_TooLarge, cancellationToken);
        if (bytes is null)
        {
            return refusal!;
        }

        // Recognised by structure first, then drawn again from its pixels: only the re-encoded picture is stored.
        var type = ImageSniffer.Detect(bytes);
        if (type is null || ImageReencoder.Reencode(bytes, type) is not { } clean)
        {
            return UploadResult.Refused(CommonText.Media_NotAnImage, StatusCodes.Status415UnsupportedMediaType);
        }

        var stored = await WriteAsync(clean.Bytes, type.Extension, file!, cancellationToken);
        var asset = new MediaAsset
        {
            FileName = stored.FileName,
            ContentType = type.ContentType,
            Length = stored.Length,
            Width = clean.Width,
            Height = clean.Height,
            OriginalName = stored.OriginalName,
            AltText = altText.Trim(),
            UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = Actor.From(httpContextAccessor.HttpContext).Name,
        };
        db.MediaAssets.Add(asset);
        try
        {
            await WriteVariantsAsync(stored.FileName, clean.Variants, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Never leave a file without its row.
            Delete(stored.FileName);
            foreach (var variant in clean.Variants)
            {
                Delete(VariantName(stored.FileName, variant.Width));
            }

            throw;
        }

        return new UploadResult(asset, null, StatusCodes.Status201Created, stored);
    }

    /// <summary>
    /// Stores a document's PDF once <see cref="PdfInspector"/> accepts its structure; the caller records it (and deletes
    /// the file with <see cref="Delete"/> when it cannot).
    /// </summary>
    public async Task<UploadResult> StorePdfAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var (bytes, refusal) = await ReadAsync(file, MaxDocumentBytes, DocumentText.Pdf_NoFile, DocumentText.Pdf_TooLarge, cancellationToken);
        if (bytes is null)
        {
            return refusal!;
        }

        return PdfInspector.Inspect(bytes) switch
        {
            PdfProblem.None => new UploadResult(null, null, StatusCodes.Status201Created, await WriteAsync(bytes, PdfInspector.Extension, file!, cancellationToken)),
            PdfProblem.NotPdf => UploadResult.Refused(DocumentText.Pdf_NotPdf, StatusCodes.Status415UnsupportedMediaType),
            PdfProblem.Truncated => UploadResult.Refused(DocumentText.Pdf_Truncated),
            PdfProblem.JavaScript => UploadResult.Refused(DocumentText.Pdf_JavaScript),
            PdfProblem.Launch => UploadResult.Refused(DocumentText.Pdf_Launch),
            _ => UploadResult.Refused(DocumentText.Pdf_EmbeddedFile),
        };
    }

    /// <summary>The server-made name of an image's copy <paramref name="width"/> pixels wide: the original's name and the width.</summary>
    public static string VariantName(string fileName, int width) =>
        Path.GetFileNameWithoutExtension(fileName) + "-" + width.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(fileName);

    /// <summary>
    /// Measures an image stored before sizes were kept and writes its missing variants, then records its size; false when
    /// its file is gone or does not decode (it is then shown without sizes).
    /// </summary>
    public async Task<bool> BackfillAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        if (Find(asset.FileName) is not { } file)
        {
            return false;
        }

        var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
        if (ImageSniffer.Detect(bytes) is not { } type || ImageReencoder.Measure(bytes, type) is not { } measured)
        {
            return false;
        }

        await WriteVariantsAsync(asset.FileName, measured.Variants, cancellationToken);
        // A measurement, not an edit: written directly, so it is not an audited change of the image.
        await db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Width, measured.Width).SetProperty(m => m.Height, measured.Height), cancellationToken);
        asset.Width = measured.Width;
        asset.Height = measured.Height;
        return true;
    }

    /// <summary>Writes each variant through a temporary name, so a copy being read is never half written.</summary>
    private async Task WriteVariantsAsync(string fileName, IReadOnlyList<ImageVariant> variants, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        foreach (var variant in variants)
        {
            var path = Path.Combine(Folder, VariantName(fileName, variant.Width));
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, variant.Bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>Removes a stored file (one whose row could not be saved, or was deleted).</summary>
    public void Delete(string fileName)
    {
        if (IsValidFileName(fileName))
        {
            File.Delete(Path.Combine(Folder, fileName));
        }
    }

    private static async Task<(byte[]? Bytes, UploadResult? Refusal)> ReadAsync(
        IFormFile? file, long maxBytes, string noFile, string tooLarge, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, UploadResult.Refused(noFile));
        }

        if (file.Length > maxBytes)
        {
            return (null, UploadResult.Refused(VietnameseFormat.Text(tooLarge, VietnameseFormat.Megabytes(maxBytes)), StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }

    /// <summary>Writes checked bytes under a new server-made name; the client's name is kept only as a label.</summary>
    private async Task<StoredFile> WriteAsync(byte[] bytes, string extension, IFormFile file, CancellationToken cancellationToken)
    {
        var fileName = Guid.NewGuid().ToString("N") + extension;
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(Path.Combine(Folder, fileName), bytes, cancellationToken);
        var original = Path.GetFileName(file.FileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "";
        return new StoredFile(fileName, bytes.LongLength, original);
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
            PdfInspector.Extension => PdfInspector.ContentType,
            _ => ImageSniffer.WebP.ContentType,
        };
        return File.Exists(path) ? (path, contentType) : null;
    }
}
