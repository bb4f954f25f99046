using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using static ThanhMieu.Portal.Tests.Integration.ImageReencodingTests;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Uploaded images get narrower copies for srcset, their size is recorded, and pages draw them through one picture
/// mechanism: lazy on the lists, eager as an article's cover, nothing at all for an article without a cover.
/// </summary>
public sealed class PictureTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>A JPEG of the given size carrying an EXIF block with a GPS position, as a staff phone makes it.</summary>
    public static byte[] PhoneJpeg(int width, int height) =>
        InsertAfterSoi(Encode(Picture(width, height), SKEncodedImageFormat.Jpeg), ExifSegment(orientation: 1));

    /// <summary>Uploads through the media library and returns the stored row.</summary>
    public static async Task<MediaAsset> UploadJpegAsync(PortalFactory factory, HttpClient client, int width, int height, string alt = "Ảnh thử nghiệm")
    {
        var name = "anh-" + ArticleForms.Unique() + ".jpg";
        var response = await MediaUploadTests.UploadAsync(client, PhoneJpeg(width, height), name, "image/jpeg", alt);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.OriginalName == name));
    }

    private static string Variant(MediaAsset asset, int width) => "/media/" + MediaLibrary.VariantName(asset.FileName, width);

    private static IElement CardOf(IDocument page, string title)
    {
        var card = page.QuerySelectorAll("article.card").FirstOrDefault(c => c.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.True(card is not null, $"no card for {title}");
        return card;
    }

    [Fact]
    public async Task UploadedJpeg_GetsEveryNarrowerVariant_ServedLongCachedWithoutExif_AndItsSizeRecorded()
    {
        var client = await factory.SignedInClientAsync();

        var asset = await UploadJpegAsync(factory, client, 2000, 1000);

        Assert.Equal((2000, 1000), (asset.Width, asset.Height));
        Assert.Contains("2.000 × 1.000 px", TestForms.Text(await client.GetDocumentAsync("/admin/thu-vien")), StringComparison.Ordinal);
        foreach (var width in new[] { 480, 960, 1600 })
        {
            var served = await factory.CreateClient().GetAsync(Variant(asset, width));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", served.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.True(served.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365));
            var bytes = await served.Content.ReadAsByteArrayAsync();
            Assert.False(HasSegment(bytes, 0xE1), $"the {width} px copy carries an APP1 (EXIF) segment");
            Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            using var image = SKBitmap.Decode(bytes);
            Assert.Equal((width, width / 2), (image.Width, image.Height));
        }

        var original = await factory.CreateClient().GetByteArrayAsync("/media/" + asset.FileName);
        Assert.False(HasSegment(original, 0xE1));
        // Nothing as wide as the original or wider is made.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(Variant(asset, 2400))).StatusCode);
    }

    [Fact]
    public async Task SmallImage_IsNeverScaledUp()
    {
        var client = await factory.SignedInClientAsync();

        var asset = await UploadJpegAsync(factory, client, 600, 400);

        Assert.Equal((600, 400), (asset.Width, asset.Height));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(Variant(asset, 480))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(Variant(asset, 960))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(Variant(asset, 1600))).StatusCode);
    }

    [Fact]
    public async Task ArticleWithACover_ShowsALazyCardImageAndAnEagerCover_WithSrcsetAndSize()
    {
        var client = await factory.SignedInClientAsync();
        var asset = await UploadJpegAsync(factory, client, 2000, 1000);
        var title = "Bài có ảnh bìa " + ArticleForms.Unique();
        var id = await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["BodyMarkdown"] = "Nội dung.";
            f["Status"] = nameof(ArticleStatus.Published);
            f["CoverImagePath"] = "/media/" + asset.FileName;
            f["CoverImageAlt"] = "Cổng đền nhìn từ sân";
        });
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        var expectedSrcset = $"{Variant(asset, 480)} 480w, {Variant(asset, 960)} 960w, {Variant(asset, 1600)} 1600w, /media/{asset.FileName} 2000w";

        var card = CardOf(await factory.CreateClient().GetDocumentAsync("/tin-tuc"), title).QuerySelector("img");
        Assert.NotNull(card);
        Assert.Equal(expectedSrcset, card.GetAttribute("srcset"));
        Assert.Equal("/media/" + asset.FileName, card.GetAttribute("src"));
        Assert.Equal(("2000", "1000"), (card.GetAttribute("width"), card.GetAttribute("height")));
        Assert.Equal("lazy", card.GetAttribute("loading"));
        Assert.Equal("async", card.GetAttribute("decoding"));
        Assert.False(string.IsNullOrEmpty(card.GetAttribute("sizes")));
        Assert.Equal("Cổng đền nhìn từ sân", card.GetAttribute("alt"));

        var cover = (await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + slug)).QuerySelector("article.article img.cover");
        Assert.NotNull(cover);
        Assert.Equal(expectedSrcset, cover.GetAttribute("srcset"));
        Assert.Equal(("2000", "1000"), (cover.GetAttribute("width"), cover.GetAttribute("height")));
        Assert.Equal("eager", cover.GetAttribute("loading"));
        Assert.Equal("Cổng đền nhìn từ sân", cover.GetAttribute("alt"));
    }

    [Fact]
    public async Task ArticleWithoutACover_HasNoImageInItsCardOrPage()
    {
        var client = await factory.SignedInClientAsync();
        var title = "Bài không ảnh " + ArticleForms.Unique();
        var id = await client.CreatePublishedAsync(title, "Nội dung.");
        var slug = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        var card = CardOf(await factory.CreateClient().GetDocumentAsync("/tin-tuc"), title);
        Assert.Empty(card.QuerySelectorAll("img"));
        Assert.DoesNotContain("portal-picture", card.OuterHtml, StringComparison.Ordinal);
        Assert.Empty((await factory.CreateClient().GetDocumentAsync("/tin-tuc/" + slug)).QuerySelectorAll("article.article img"));
    }

    [Fact]
    public async Task ImageStoredBeforeSizesWereKept_IsMeasuredAndGetsItsVariants_WhenFirstShown()
    {
        // An upload of an earlier version: the file and its row, no size, no variants.
        var fileName = Guid.NewGuid().ToString("N") + ".jpg";
        var bytes = Encode(Picture(1000, 500), SKEncodedImageFormat.Jpeg);
        using (var scope = factory.Services.CreateScope())
        {
            var media = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
            Directory.CreateDirectory(media.Folder);
            await File.WriteAllBytesAsync(Path.Combine(media.Folder, fileName), bytes);
        }

        await factory.WithDbAsync(async db =>
        {
            db.MediaAssets.Add(new MediaAsset { FileName = fileName, ContentType = "image/jpeg", Length = bytes.Length, OriginalName = "cu.jpg", AltText = "Ảnh cũ" });
            return await db.SaveChangesAsync();
        });
        var asset = await factory.WithDbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.FileName == fileName));
        Assert.Null(asset.Width);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(Variant(asset, 480))).StatusCode);
        var client = await factory.SignedInClientAsync();
        var title = "Bài có ảnh cũ " + ArticleForms.Unique();
        await client.CreateArticleAsync(f =>
        {
            f["Title"] = title;
            f["BodyMarkdown"] = "Nội dung.";
            f["Status"] = nameof(ArticleStatus.Published);
            f["CoverImagePath"] = "/media/" + fileName;
            f["CoverImageAlt"] = "Ảnh cũ";
        });

        var img = CardOf(await factory.CreateClient().GetDocumentAsync("/tin-tuc"), title).QuerySelector("img");

        Assert.NotNull(img);
        Assert.Equal(("1000", "500"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal($"{Variant(asset, 480)} 480w, {Variant(asset, 960)} 960w, /media/{fileName} 1000w", img.GetAttribute("srcset"));
        var measured = await factory.WithDbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.FileName == fileName));
        Assert.Equal((1000, 500), (measured.Width, measured.Height));
        var variant = await factory.CreateClient().GetAsync(Variant(asset, 960));
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        using var image = SKBitmap.Decode(await variant.Content.ReadAsByteArrayAsync());
        Assert.Equal((960, 480), (image.Width, image.Height));
        // A measurement is not a staff edit: nothing about it in the audit trail.
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(MediaAsset) && e.EntityId == asset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
