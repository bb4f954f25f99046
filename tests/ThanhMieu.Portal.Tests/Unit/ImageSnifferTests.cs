using ThanhMieu.Portal.Services;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class ImageSnifferTests
{
    [Fact]
    public void Detect_RecognisesAWellFormedPng()
    {
        Assert.Equal(ImageSniffer.Png, ImageSniffer.Detect(MediaUploadTests.TinyPng()));
    }

    [Fact]
    public void Detect_RecognisesJpegByItsMarkers()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

        Assert.Equal(ImageSniffer.Jpeg, ImageSniffer.Detect(jpeg));
    }

    [Fact]
    public void Detect_RecognisesWebPWithAConsistentRiffSize()
    {
        byte[] webp = [.. "RIFF"u8, 12, 0, 0, 0, .. "WEBP"u8, .. "VP8L"u8, 0, 0, 0, 0];

        Assert.Equal(ImageSniffer.WebP, ImageSniffer.Detect(webp));
        Assert.Null(ImageSniffer.Detect([.. webp, 0]));
    }

    [Fact]
    public void Detect_RefusesDataAfterThePngEnd()
    {
        Assert.Null(ImageSniffer.Detect([.. MediaUploadTests.TinyPng(), 0x00]));
    }

    [Fact]
    public void Detect_RefusesMarkupHiddenInsideAnImage()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xFE, .. "<ScRiPt>"u8, 0xFF, 0xD9];

        Assert.Null(ImageSniffer.Detect(jpeg));
    }
}
