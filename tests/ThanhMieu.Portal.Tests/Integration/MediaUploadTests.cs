using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed partial class MediaUploadTests(SeededPortal factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SeededPortal>
{
    /// <summary>A real 1×1 PNG, built here so the test needs no binary fixture.</summary>
    internal static byte[] TinyPng()
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typeBytes = Encoding.ASCII.GetBytes(type);
            var crc = Crc32([.. typeBytes, .. data]);
            return [.. BigEndian((uint)data.Length), .. typeBytes, .. data, .. BigEndian(crc)];
        }

        byte[] header = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write([0, 0x8A, 0x1C, 0x14]);
        }

        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", pixels.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType, string alt = "Ảnh thử nghiệm")
    {
        var token = await client.GetAntiforgeryTokenAsync("/admin/thu-vien");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "File", fileName);
        form.Add(new StringContent(alt), "AltText");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/admin/thu-vien/tai-len", form);
    }

    private Task<int> AssetCountAsync() => factory.WithDbAsync(db => db.MediaAssets.CountAsync());

    [Fact]
    public async Task PngRenamedToJpg_IsStoredAndServedAsPng()
    {
        var client = await factory.SignedInClientAsync();

        var response = await UploadAsync(client, TinyPng(), "anh-cong-den.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var asset = await factory.WithDbAsync(db => db.MediaAssets.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal("image/png", asset.ContentType);
        Assert.EndsWith(".png", asset.FileName);
        Assert.DoesNotContain("anh-cong-den", asset.FileName);
        Assert.Equal("anh-cong-den.jpg", asset.OriginalName);

        var served = await factory.CreateClient().GetAsync("/media/" + asset.FileName);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        // What is served is the picture drawn again, not the uploaded bytes: the same one red pixel.
        using var image = SkiaSharp.SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (image.Width, image.Height));
        Assert.Equal(new SkiaSharp.SKColor(0x8A, 0x1C, 0x14), image.GetPixel(0, 0));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Upload && a.EntityId == asset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static TheoryData<string, byte[], string> RefusedFiles() => new()
    {
        { "trang.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "text/html" },
        { "hinh.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"), "image/svg+xml" },
        { "hinh.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/png" },
        { "polyglot.png", [.. TinyPng(), .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")], "image/png" },
        { "polyglot2.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.UTF8.GetBytes("<script>alert(1)</script>"), 0xFF, 0xD9], "image/jpeg" },
        { "gia.jpg", Encoding.UTF8.GetBytes("không phải ảnh"), "image/jpeg" },
        { "cut.png", TinyPng()[..20], "image/png" },
        { "anh.gif", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"), "image/gif" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task NonImagesAndPolyglots_AreRefusedWithAMessage(string fileName, byte[] bytes, string contentType)
    {
        var client = await factory.SignedInClientAsync();
        var before = await AssetCountAsync();

        var response = await UploadAsync(client, bytes, fileName, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("không phải ảnh JPEG, PNG hoặc WebP", (await TestForms.ParseAsync(response)).Body?.TextContent);
        Assert.Equal(before, await AssetCountAsync());
    }

    [Fact]
    public async Task OversizedUpload_Gets413WithAMessage()
    {
        var client = await factory.SignedInClientAsync();
        var before = await AssetCountAsync();
        var big = TinyPng().Concat(new byte[(5 * 1024 * 1024) + 10]).ToArray();

        var response = await UploadAsync(client, big, "lon.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Ảnh quá lớn", (await TestForms.ParseAsync(response)).Body?.TextContent);
        Assert.Equal(before, await AssetCountAsync());
    }

    [Fact]
    public async Task UploadBeyondTheRequestLimit_Gets413NotAnError()
    {
        var client = await factory.SignedInClientAsync();

        // Past the largest upload of any kind (a document's PDF, 10 MB) plus the form allowance.
        var response = await UploadAsync(client, new byte[12 * 1024 * 1024], "rat-lon.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Dữ liệu quá lớn", (await TestForms.ParseAsync(response)).Body?.TextContent);
    }

    [Fact]
    public async Task UploadWithoutAltText_IsRefusedBesideTheField()
    {
        var client = await factory.SignedInClientAsync();
        var before = await AssetCountAsync();

        var response = await UploadAsync(client, TinyPng(), "anh.png", "image/png", alt: "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng mô tả ảnh", (await TestForms.ParseAsync(response)).Body?.TextContent);
        Assert.Equal(before, await AssetCountAsync());
    }

    [Fact]
    public async Task UploadWithoutFile_IsRefusedWithAMessage()
    {
        var client = await factory.SignedInClientAsync();
        var token = await client.GetAntiforgeryTokenAsync("/admin/thu-vien");
        using var form = new MultipartFormDataContent { { new StringContent("Ảnh"), "AltText" }, { new StringContent(token), "__RequestVerificationToken" } };

        var response = await client.PostAsync("/admin/thu-vien/tai-len", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng chọn một tệp ảnh", (await TestForms.ParseAsync(response)).Body?.TextContent);
    }

    [Theory]
    [InlineData("/media/khong-co.png")]
    [InlineData("/media/..%2F..%2Fportal.db")]
    [InlineData("/media/0123456789abcdef0123456789abcdef.svg")]
    [InlineData("/media/0123456789abcdef0123456789abcdef.png")]
    public async Task UnknownOrForgedMediaNames_AreNotFound(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// The upload corpus: names and contents a hostile upload tries. Each is either refused (4xx, a Vietnamese message,
    /// no row and no file) or stored under a server-made name and served as a clean image drawn again (none of the
    /// payload's bytes served). Never a 5xx. The marker is what must not come back.
    /// </summary>
    public static TheoryData<string, string, byte[], string, string> UploadCorpus()
    {
        var png = TinyPng();
        var html = Encoding.ASCII.GetBytes("<html><body><script>alert(1)</script></body></html>");
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes("evil.php<?php system($_GET['c']); ?>"), 0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        return new()
        {
            { "zero bytes", "rong.png", [], "image/png", "" },
            { "only a JPEG header", "dau.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01], "image/jpeg", "" },
            { "huge declared size (100000 x 100000 PNG)", "lon.png", PngDeclaring(100_000, 100_000), "image/png", "" },
            { "double extension .jpg.php", "anh.jpg.php", png, "image/png", "php" },
            { "double extension .php.jpg", "anh.php.jpg", png, "image/jpeg", "php" },
            { "path traversal with slashes", "../../etc/passwd.jpg", png, "image/jpeg", "passwd" },
            { "path traversal with backslashes", "..\\..\\x.png", png, "image/png", "..\\" },
            { "NUL in the name", "a\0.jpg", png, "image/jpeg", "" },
            { "1000-character name", new string('a', 1000) + ".png", png, "image/png", new string('a', 50) },
            { "RTL override name", "anh\u202Egpj.exe", png, "image/png", "exe" },
            { "SVG with script", "hinh.svg", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "image/svg+xml", "<script" },
            { "SVG named png", "hinh.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "image/png", "onload" },
            { "HTML disguised as JPEG", "anh.jpg", html, "image/jpeg", "<script" },
            { "GIF header then HTML (GIFAR)", "anh.gif", [.. Encoding.ASCII.GetBytes("GIF89a"), 1, 0, 1, 0, 0, 0, 0, .. html], "image/gif", "<script" },
            { "a real 1x1 BMP", "anh.bmp", Bmp1x1(), "image/bmp", "" },
            { "PNG with a ZIP appended", "zip.png", [.. png, .. zip], "image/png", "evil.php" },
            { "PNG with HTML appended", "html.png", [.. png, .. html], "image/png", "<script" },
            { "JPEG header, HTML, JPEG end", "poly.jpg", [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x40, .. html, 0xFF, 0xD9], "image/jpeg", "<script" },
        };
    }

    [Theory]
    [MemberData(nameof(UploadCorpus))]
    public async Task HostileUpload_IsRefusedWithAMessage_OrStoredUnderOurNameAndServedClean(string what, string fileName, byte[] bytes, string contentType, string marker)
    {
        var client = await factory.SignedInClientAsync();
        var folder = factory.Services.GetRequiredService<Services.MediaLibrary>().Folder;
        var filesBefore = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        var before = await AssetCountAsync();

        var response = await UploadNamedAsWrittenAsync(client, bytes, fileName, contentType);

        var status = (int)response.StatusCode;
        output.WriteLine($"{what}: {status}");
        Assert.True(status is 302 or (>= 400 and < 500), $"{what}: {status}");
        if (status != 302)
        {
            Assert.Contains((await TestForms.ParseAsync(response)).QuerySelector("main")?.TextContent ?? "", c => c > 127);
            Assert.Equal(before, await AssetCountAsync());
            Assert.Equal(filesBefore, Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0);
            return;
        }

        var asset = await factory.WithDbAsync(db => db.MediaAssets.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal(before + 1, await AssetCountAsync());
        Assert.Matches(ServerMadeName(), asset.FileName);
        Assert.Equal(filesBefore + 1, Directory.GetFiles(folder).Length);
        Assert.True(File.Exists(Path.Combine(folder, asset.FileName)));

        var served = await factory.CreateClient().GetAsync("/media/" + asset.FileName);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("image/", served.Content.Headers.ContentType?.MediaType);
        var body = await served.Content.ReadAsByteArrayAsync();
        using (var image = SkiaSharp.SKBitmap.Decode(body))
        {
            Assert.NotNull(image);
        }

        if (marker.Length > 0)
        {
            Assert.DoesNotContain(marker, Encoding.Latin1.GetString(body), StringComparison.Ordinal);
        }

        // The library page names the upload by its label, as text: nothing executable.
        var library = await client.GetDocumentAsync("/admin/thu-vien");
        Assert.DoesNotContain(library.QuerySelectorAll("img[src]"), img => img.GetAttribute("src")!.Contains("..", StringComparison.Ordinal));
    }

    /// <summary>
    /// An upload whose file name goes into the part's header as written (a NUL, slashes, RTL marks), as a hand-made
    /// request sends it: HttpClient's own header builder would refuse or quote it.
    /// </summary>
    private static async Task<HttpResponseMessage> UploadNamedAsWrittenAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        var token = await client.GetAntiforgeryTokenAsync("/admin/thu-vien");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        Assert.True(file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"File\"; filename=\"{fileName}\""));
        form.Add(file);
        form.Add(new StringContent("Ảnh thử nghiệm"), "AltText");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/admin/thu-vien/tai-len", form);
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(png|jpg|webp)$")]
    private static partial Regex ServerMadeName();

    /// <summary>A PNG whose header declares <paramref name="width"/> x <paramref name="height"/> pixels over one pixel of data.</summary>
    private static byte[] PngDeclaring(uint width, uint height)
    {
        var png = TinyPng();
        byte[] header = [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0];
        var ihdr = Encoding.ASCII.GetBytes("IHDR");
        // Signature (8), then the IHDR chunk: length (4), type (4), data (13), CRC (4).
        return [.. png[..12], .. ihdr, .. header, .. BigEndian(Crc32([.. ihdr, .. header])), .. png[33..]];
    }

    /// <summary>A real 1x1 24-bit BMP (one red pixel).</summary>
    private static byte[] Bmp1x1() =>
    [
        0x42, 0x4D, 58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0,
        40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 24, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0x13, 0x0B, 0, 0, 0x13, 0x0B, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0x14, 0x1C, 0x8A, 0,
    ];
}
