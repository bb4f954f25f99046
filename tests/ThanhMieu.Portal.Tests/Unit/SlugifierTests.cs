using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Đền Tam Giang", "den-tam-giang")]
    [InlineData("đình Bạch Hạc", "dinh-bach-hac")]
    [InlineData("Chùa Đại Bi", "chua-dai-bi")]
    [InlineData("Hội thi giã bánh dày", "hoi-thi-gia-banh-day")]
    [InlineData("  Phố ẩm thực   Tiên Dung!  ", "pho-am-thuc-tien-dung")]
    [InlineData("Nhiệm kỳ 2025–2030", "nhiem-ky-2025-2030")]
    [InlineData("ĐẠI HỘI lần thứ I", "dai-hoi-lan-thu-i")]
    [InlineData("Ưu tiên ơ ư", "uu-tien-o-u")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void Slugify_TransliteratesVietnamese(string input, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(input));
    }

    [Fact]
    public void Slugify_CapsLengthWithoutTrailingDash()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("phường", 40)));

        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("den-tam-giang", true)]
    [InlineData("tin-2025", true)]
    [InlineData("Den-Tam-Giang", false)]
    [InlineData("-den", false)]
    [InlineData("den-", false)]
    [InlineData("den--tam", false)]
    [InlineData("đền", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("", false)]
    public void IsWellFormed_AcceptsOnlySlugShapes(string value, bool expected)
    {
        Assert.Equal(expected, Slugifier.IsWellFormed(value));
    }

    [Fact]
    public async Task MakeUniqueAsync_AppendsTheFirstFreeNumber()
    {
        var taken = new HashSet<string> { "den-tam-giang", "den-tam-giang-2" };

        var slug = await Slugifier.MakeUniqueAsync("den-tam-giang", s => Task.FromResult(taken.Contains(s)));

        Assert.Equal("den-tam-giang-3", slug);
    }
}
