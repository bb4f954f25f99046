using SkiaSharp;

namespace ThanhMieu.Portal.Services;

/// <summary>An uploaded image drawn again from its pixels: the bytes to store and their size.</summary>
public sealed record ReencodedImage(byte[] Bytes, int Width, int Height);

/// <summary>
/// Decodes an uploaded image and encodes its pixels again in the same format (SkiaSharp). What is stored is only what
/// the encoder writes: no EXIF (a staff phone's GPS position), no comments or text chunks, and nothing appended after
/// the image, so a polyglot comes out as a plain picture by construction. The camera's orientation is applied to the
/// pixels before it is dropped, and a very large photo is scaled down to <see cref="MaxSide"/>.
/// </summary>
public static class ImageReencoder
{
    /// <summary>The longest side stored, in pixels: more than any page shows (covers are drawn at most 1,200 wide).</summary>
    public const int MaxSide = 2400;

    /// <summary>Images with more pixels than this are refused before decoding (a small file can declare a huge canvas).</summary>
    public const long MaxPixels = 50_000_000;

    private const int Quality = 85;

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
        return encoded is null ? null : new ReencodedImage(encoded.ToArray(), image.Width, image.Height);
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
