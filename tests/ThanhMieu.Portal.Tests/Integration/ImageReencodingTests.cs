using System.Buffers.Binary;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Uploads are drawn again from their pixels: EXIF (a phone's GPS position), comments, text chunks and anything after
/// the image never reach a visitor, and the camera's orientation is applied rather than lost.
/// </summary>
public sealed class ImageReencodingTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Markup = "<img src=x onerror=alert(1)><meta http-equiv=refresh content=0>";

    [Fact]
    public async Task JpegWithGpsExifAndAMarkupComment_IsServedWithoutEitherAndTurnedUpright()
    {
        var jpeg = Encode(Picture(4, 2), SKEncodedImageFormat.Jpeg);
        var uploaded = InsertAfterSoi(jpeg, [.. ExifSegment(orientation: 6), .. Segment(0xFE, Encoding.ASCII.GetBytes(Markup))]);
        Assert.True(HasSegment(uploaded, 0xE1), "the upload carries its EXIF");

        var served = await UploadAndFetchAsync(uploaded, "dien-thoai.jpg", "image/jpeg");

        var text = Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", text, StringComparison.Ordinal);
        Assert.False(HasSegment(served, 0xE1), "an APP1 (EXIF/XMP) segment was served");
        using var image = SKBitmap.Decode(served);
        Assert.Equal((2, 4), (image.Width, image.Height));
    }

    [Fact]
    public async Task PngWithATextChunkOfMarkup_IsServedWithoutIt()
    {
        var png = Encode(Picture(3, 3), SKEncodedImageFormat.Png);
        var uploaded = InsertPngChunk(png, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + Markup));

        var served = await UploadAndFetchAsync(uploaded, "anh.png", "image/png");

        var text = Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("tEXt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv", text, StringComparison.Ordinal);
        using var image = SKBitmap.Decode(served);
        Assert.Equal(new SKColor(0x8A, 0x1C, 0x14), image.GetPixel(1, 1));
    }

    [Fact]
    public async Task ImageDeclaringAHugeCanvas_IsRefused_AndNothingIsStored()
    {
        var png = Encode(Picture(2, 2), SKEncodedImageFormat.Png);
        // IHDR claims 100,000 × 100,000 pixels: a decompression bomb must be refused before any pixel is decoded.
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), MediaUploadTests.Crc32(png.AsSpan(12, 17)));
        var client = await factory.SignedInClientAsync();
        var before = await factory.WithDbAsync(db => db.MediaAssets.CountAsync());

        var response = await MediaUploadTests.UploadAsync(client, png, "bom.png", "image/png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.MediaAssets.CountAsync()));
    }

    private async Task<byte[]> UploadAndFetchAsync(byte[] bytes, string name, string contentType)
    {
        var client = await factory.SignedInClientAsync();
        var response = await MediaUploadTests.UploadAsync(client, bytes, name, contentType);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var asset = await factory.WithDbAsync(db => db.MediaAssets.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal(name, asset.OriginalName);
        var served = await factory.CreateClient().GetAsync("/media/" + asset.FileName);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var body = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.LongLength, asset.Length);
        return body;
    }

    internal static SKBitmap Picture(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x8A, 0x1C, 0x14));
        return bitmap;
    }

    internal static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using (bitmap)
        using (var image = SKImage.FromBitmap(bitmap))
        using (var data = image.Encode(format, 95))
        {
            return data.ToArray();
        }
    }

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    internal static byte[] InsertAfterSoi(byte[] jpeg, byte[] segments) => [.. jpeg[..2], .. segments, .. jpeg[2..]];

    /// <summary>An APP1 EXIF segment: IFD0 with the orientation and a pointer to a GPS IFD holding a latitude.</summary>
    internal static byte[] ExifSegment(ushort orientation)
    {
        var tiff = new byte[8 + 2 + 12 * 2 + 4 + 2 + 12 * 2 + 4 + 24];
        var s = tiff.AsSpan();
        "MM"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(s[4..], 8);
        BinaryPrimitives.WriteUInt16BigEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, (uint)orientation << 16);
        var gps = 8 + 2 + 24 + 4;
        Entry(s[22..], 0x8825, 4, 1, (uint)gps);
        BinaryPrimitives.WriteUInt16BigEndian(s[gps..], 2);
        Entry(s[(gps + 2)..], 0x0001, 2, 2, 0x4E000000);
        var rational = gps + 2 + 24 + 4;
        Entry(s[(gps + 14)..], 0x0002, 5, 3, (uint)rational);
        foreach (var (i, value) in new[] { (0, 21u), (1, 18u), (2, 30u) })
        {
            BinaryPrimitives.WriteUInt32BigEndian(s[(rational + i * 8)..], value);
            BinaryPrimitives.WriteUInt32BigEndian(s[(rational + i * 8 + 4)..], 1);
        }

        return Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);

        static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(at, tag);
            BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
            BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
        }
    }

    internal static bool HasSegment(byte[] jpeg, byte marker)
    {
        for (var i = 2; i + 4 <= jpeg.Length && jpeg[i] == 0xFF;)
        {
            if (jpeg[i + 1] == marker)
            {
                return true;
            }

            if (jpeg[i + 1] == 0xDA)
            {
                return false;
            }

            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }

        return false;
    }

    private static byte[] InsertPngChunk(byte[] png, string type, byte[] data)
    {
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, MediaUploadTests.Crc32([.. typeBytes, .. data]));
        const int afterHeader = 8 + 25;
        return [.. png[..afterHeader], .. length, .. typeBytes, .. data, .. crc, .. png[afterHeader..]];
    }
}
