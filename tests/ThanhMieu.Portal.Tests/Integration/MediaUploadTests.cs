using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class MediaUploadTests(SeededPortal factory) : IClassFixture<SeededPortal>
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
}
