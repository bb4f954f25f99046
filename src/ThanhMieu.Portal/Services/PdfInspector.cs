using System.IO.Compression;
using System.Text;

namespace ThanhMieu.Portal.Services;

/// <summary>Why a file is not accepted as a document's PDF.</summary>
public enum PdfProblem
{
    None,
    NotPdf,
    Truncated,
    JavaScript,
    Launch,
    EmbeddedFile,
}

/// <summary>
/// Checks an upload's structure before it is accepted as a PDF: the <c>%PDF-</c> header, the <c>%%EOF</c> trailer at the
/// end, and none of the names that make a PDF run something or carry other files (<c>/JavaScript</c>, <c>/JS</c>,
/// <c>/Launch</c>, <c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>). Names are read as PDF names (a <c>#4A</c> escape is the
/// letter it stands for), in the file and inside its Flate-compressed streams, where object streams hide dictionaries.
/// A careful byte scan rather than a parser: it refuses what it cannot read instead of guessing.
/// </summary>
public static class PdfInspector
{
    public const string ContentType = "application/pdf";
    public const string Extension = ".pdf";

    // The trailer may be followed by a line end or some padding; readers look for it in the last kilobyte.
    private const int TrailerWindow = 1024;

    // Inflated stream content scanned at most, in all: a "zip bomb" is refused, not expanded without end.
    private const long InflateBudget = 64L * 1024 * 1024;

    private static readonly Dictionary<string, PdfProblem> Forbidden = new(StringComparer.Ordinal)
    {
        ["JavaScript"] = PdfProblem.JavaScript,
        ["JS"] = PdfProblem.JavaScript,
        ["Launch"] = PdfProblem.Launch,
        ["EmbeddedFile"] = PdfProblem.EmbeddedFile,
        ["EmbeddedFiles"] = PdfProblem.EmbeddedFile,
    };

    public static PdfProblem Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || !data[..5].SequenceEqual("%PDF-"u8) || !char.IsAsciiDigit((char)data[5]))
        {
            return PdfProblem.NotPdf;
        }

        var tail = data[Math.Max(0, data.Length - TrailerWindow)..];
        var eof = tail.LastIndexOf("%%EOF"u8);
        if (eof < 0 || !IsPadding(tail[(eof + 5)..]))
        {
            return PdfProblem.Truncated;
        }

        var problem = ScanNames(data);
        if (problem != PdfProblem.None)
        {
            return problem;
        }

        var budget = InflateBudget;
        foreach (var stream in Streams(data.ToArray()))
        {
            if (Inflate(stream, ref budget) is not { } inflated)
            {
                continue;
            }

            if (budget <= 0)
            {
                return PdfProblem.NotPdf;
            }

            problem = ScanNames(inflated);
            if (problem != PdfProblem.None)
            {
                return problem;
            }
        }

        return PdfProblem.None;
    }

    private static bool IsPadding(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
        {
            if (b is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t' or 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first forbidden name among the PDF name tokens of <paramref name="data"/>.</summary>
    private static PdfProblem ScanNames(ReadOnlySpan<byte> data)
    {
        var name = new StringBuilder();
        for (var i = data.IndexOf((byte)'/'); i >= 0 && i < data.Length; i = Next(data, i))
        {
            name.Clear();
            var j = i + 1;
            while (j < data.Length && !IsDelimiter(data[j]))
            {
                if (data[j] == '#' && j + 2 < data.Length && IsHex(data[j + 1]) && IsHex(data[j + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(data.Slice(j + 1, 2)), 16));
                    j += 3;
                }
                else
                {
                    name.Append((char)data[j]);
                    j++;
                }
            }

            if (Forbidden.TryGetValue(name.ToString(), out var problem))
            {
                return problem;
            }
        }

        return PdfProblem.None;
    }

    private static int Next(ReadOnlySpan<byte> data, int current)
    {
        var rest = data[(current + 1)..].IndexOf((byte)'/');
        return rest < 0 ? -1 : current + 1 + rest;
    }

    private static bool IsDelimiter(byte b) =>
        b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
            or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    /// <summary>The bytes between each <c>stream</c> keyword's line end and the next <c>endstream</c>.</summary>
    private static IEnumerable<ArraySegment<byte>> Streams(byte[] data)
    {
        var position = 0;
        while (position < data.Length)
        {
            var start = data.AsSpan(position).IndexOf("stream"u8);
            if (start < 0)
            {
                yield break;
            }

            start += position;
            var body = start + 6;
            if (start >= 3 && data.AsSpan(start - 3, 3).SequenceEqual("end"u8))
            {
                position = body;
                continue;
            }

            body += body < data.Length && data[body] == '\r' ? 1 : 0;
            body += body < data.Length && data[body] == '\n' ? 1 : 0;
            var end = data.AsSpan(body).IndexOf("endstream"u8);
            if (end < 0)
            {
                yield break;
            }

            yield return new ArraySegment<byte>(data, body, end);
            position = body + end + 9;
        }
    }

    /// <summary>The stream inflated, or null when it is not zlib data; <paramref name="budget"/> shrinks by what it read.</summary>
    private static byte[]? Inflate(ArraySegment<byte> stream, ref long budget)
    {
        if (stream.Count < 2 || stream[0] != 0x78)
        {
            return null;
        }

        try
        {
            using var input = new ZLibStream(new MemoryStream(stream.Array!, stream.Offset, stream.Count), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                budget -= read;
                if (budget <= 0)
                {
                    return [];
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            // Not Flate data after all (another filter): its bytes were scanned as they are.
            return null;
        }
    }
}
