using SkiaSharp;

namespace ThanhMieu.Portal.Services;

/// <summary>An uploaded image drawn again from its pixels: the bytes to store, their size, and its narrower copies.</summary>
public sealed record ReencodedImage(byte[] Bytes, int Width, int Height, IReadOnlyList<ImageVariant> Variants);

/// <summary>A narrower copy of a stored image, for <c>srcset</c>: one of <see cref="ImageReencoder.VariantWidths"/>.</summary>
public sealed record ImageVariant(int Width, int Height, byte[] Bytes);

/// <summary>
/// Decodes an uploaded image and encodes its pixels again in the same format (SkiaSharp). What is stored is only what
/// the encoder writes: no EXIF (a staff phone's GPS position), no comments or text chunks, and nothing appended after
/// the image, so a polyglot comes out as a plain picture by construction. The camera's orientation is applied to the
/// pixels before it is dropped, a very large photo is scaled down to <see cref="MaxSide"/>, and narrower copies are made
/// for <c>srcset</c> (<see cref="VariantWidths"/>).
/// </summary>
public static class ImageReencoder
{
    /// <summary>The longest side stored, in pixels: more than any page shows (covers are drawn at most 1,200 wide).</summary>
    public const int MaxSide = 2400;

    /// <summary>Images with more pixels than this are refused before decoding (a small file can declare a huge canvas).</summary>
    public const long MaxPixels = 50_000_000;

    private const int Quality = 85;

    /// <summary>
    /// The widths pages ask for in <c>srcset</c> (a phone, a card or column at 2x, a wide screen); only those narrower
    /// than the image are made, so nothing is ever scaled up.
    /// </summary>
    public static IReadOnlyList<int> VariantWidths { get; } = [480, 960, 1600];

    /// <summary>The variant widths an image of <paramref name="width"/> pixels has.</summary>
    public static IEnumerable<int> VariantWidthsFor(int width) => VariantWidths.Where(w => w < width);

    public static ReencodedImage? Reencode(byte[] data, ImageType type)
    {
        using var codec = SKCodec.Create(new MemoryStream(data, writable: false));
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0 or > MaxPixels)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(upright.Width, upright.Height));
        var width = Math.Max(1, (int)Math.Round(upright.Width * scale));
        var height = Math.Max(1, (int)Math.Round(upright.Height * scale));
        using var sized = scale < 1.0 ? upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) : null;
        using var image = SKImage.FromBitmap(sized ?? upright);
        using var encoded = image.Encode(FormatOf(type), Quality);
        return encoded is null ? null : new ReencodedImage(encoded.ToArray(), image.Width, image.Height, VariantsOf(image, type));
    }

    /// <summary>
    /// The size and variants of an image already stored (one uploaded before variants were made); null when the file
    /// does not decode. The stored file is already clean, so it is only measured and scaled.
    /// </summary>
    public static ReencodedImage? Measure(byte[] stored, ImageType type)
    {
        using var image = SKImage.FromEncodedData(stored);
        return image is null ? null : new ReencodedImage(stored, image.Width, image.Height, VariantsOf(image, type));
    }

    /// <summary>
    /// The narrower copies, in the image's own format: a JPEG stays a JPEG and a PNG keeps its transparency; each is
    /// drawn with mipmaps so a large reduction does not alias.
    /// </summary>
    private static List<ImageVariant> VariantsOf(SKImage image, ImageType type)
    {
        var variants = new List<ImageVariant>();
        foreach (var width in VariantWidthsFor(image.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width));
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.Clear(SKColors.Transparent);
            surface.Canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            using var snapshot = surface.Snapshot();
            using var encoded = snapshot.Encode(FormatOf(type), Quality);
            if (encoded is not null)
            {
                variants.Add(new ImageVariant(width, height, encoded.ToArray()));
            }
        }

        return variants;
    }

    private static SKEncodedImageFormat FormatOf(ImageType type) =>
        type == ImageSniffer.Png ? SKEncodedImageFormat.Png
        : type == ImageSniffer.WebP ? SKEncodedImageFormat.Webp
        : SKEncodedImageFormat.Jpeg;

    /// <summary>The bitmap turned as the camera's EXIF orientation says (a copy; the caller disposes both).</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        float w = source.Width, h = source.Height;
        // x' = ScaleX*x + SkewX*y + TransX, y' = SkewY*x + ScaleY*y + TransY, for each of EXIF's eight orientations.
        canvas.SetMatrix(origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        });
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }
}
