using System.Buffers.Binary;
using System.Text;

namespace ThanhMieu.Portal.Services;

/// <summary>The image types the portal accepts, as recognised from a file's bytes.</summary>
public sealed record ImageType(string ContentType, string Extension);

/// <summary>
/// Recognises JPEG, PNG and WebP by their structure rather than their name, and refuses files that also carry markup
/// (HTML, SVG, script): the classic image/HTML polyglot. Anything else, SVG included, is not an image here.
/// </summary>
public static class ImageSniffer
{
    public static readonly ImageType Jpeg = new("image/jpeg", ".jpg");
    public static readonly ImageType Png = new("image/png", ".png");
    public static readonly ImageType WebP = new("image/webp", ".webp");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Lower-case markers of markup a browser could be tricked into running; compared case-insensitively.
    private static readonly byte[][] MarkupMarkers =
        [.. new[] { "<script", "<html", "<svg", "<!doctype", "<?php", "<iframe", "<body", "<object", "javascript:" }.Select(Encoding.ASCII.GetBytes)];

    /// <summary>The image type of <paramref name="data"/>, or null when it is not a well-formed JPEG, PNG or WebP.</summary>
    public static ImageType? Detect(ReadOnlySpan<byte> data)
    {
        var type = IsPng(data) ? Png : IsJpeg(data) ? Jpeg : IsWebP(data) ? WebP : null;
        return type is not null && !ContainsMarkup(data) ? type : null;
    }

    private static bool IsPng(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 + 25 + 12 || !data[..8].SequenceEqual(PngSignature))
        {
            return false;
        }

        // Walk the chunks: IHDR first, IEND last, and nothing after IEND.
        var position = 8;
        var first = true;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            var type = Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            if (length > int.MaxValue || (first && type != "IHDR"))
            {
                return false;
            }

            var next = position + 12 + (long)length;
            if (next > data.Length)
            {
                return false;
            }

            if (type == "IEND")
            {
                return next == data.Length;
            }

            first = false;
            position = (int)next;
        }

        return false;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> data) =>
        data.Length >= 4
        && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF
        && data[^2] == 0xFF && data[^1] == 0xD9;

    private static bool IsWebP(ReadOnlySpan<byte> data) =>
        data.Length >= 20
        && data[..4].SequenceEqual("RIFF"u8)
        && data.Slice(8, 4).SequenceEqual("WEBP"u8)
        && BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) + 8L == data.Length
        && (data.Slice(12, 4).SequenceEqual("VP8 "u8) || data.Slice(12, 4).SequenceEqual("VP8L"u8) || data.Slice(12, 4).SequenceEqual("VP8X"u8));

    private static bool ContainsMarkup(ReadOnlySpan<byte> data)
    {
        for (var i = data.IndexOfAny((byte)'<', (byte)'j', (byte)'J'); i >= 0; i = NextCandidate(data, i))
        {
            foreach (var marker in MarkupMarkers)
            {
                if (i + marker.Length <= data.Length && EqualsIgnoreCase(data.Slice(i, marker.Length), marker))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextCandidate(ReadOnlySpan<byte> data, int current)
    {
        var rest = data[(current + 1)..].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
        return rest < 0 ? -1 : current + 1 + rest;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> lowerMarker)
    {
        for (var i = 0; i < lowerMarker.Length; i++)
        {
            var c = candidate[i];
            if (c is >= (byte)'A' and <= (byte)'Z')
            {
                c = (byte)(c + 32);
            }

            if (c != lowerMarker[i])
            {
                return false;
            }
        }

        return true;
    }
}
