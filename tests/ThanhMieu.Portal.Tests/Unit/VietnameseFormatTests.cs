using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData("15200", "15.200")]
    [InlineData("0.27", "0,27")]
    [InlineData("0.5500", "0,55")]
    [InlineData("1600", "1.600")]
    [InlineData("1234567.5", "1.234.567,5")]
    [InlineData("96", "96")]
    public void Number_UsesVietnameseSeparators(string value, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Observation_WritesQualifierValueAndUnit()
    {
        Assert.Equal("hơn 15.200 tỷ đồng",
            VietnameseFormat.Observation(new Observation { Value = 15200m, Qualifier = ValueQualifier.MoreThan }, "tỷ đồng"));
        Assert.Equal("0,27%", VietnameseFormat.Observation(new Observation { Value = 0.27m }, "%"));
        Assert.Equal("20/20 trường", VietnameseFormat.Observation(new Observation { Value = 20m, OutOf = 20m }, "trường"));
        Assert.Equal("gần 800 doanh nghiệp",
            VietnameseFormat.Observation(new Observation { Value = 800m, Qualifier = ValueQualifier.Nearly }, "doanh nghiệp"));
    }

    [Fact]
    public void Period_ShowsRangeYearOrNothing()
    {
        Assert.Equal("2020–2025", VietnameseFormat.Period(new Observation { StartYear = 2020, Year = 2025 }));
        Assert.Equal("2021", VietnameseFormat.Period(new Observation { Year = 2021 }));
        Assert.Equal("", VietnameseFormat.Period(new Observation()));
    }

    [Fact]
    public void Dates_AreShownInVietnamTime()
    {
        // 17:30 UTC on 30 June is already 1 July in Vietnam (UTC+7).
        var utc = new DateTime(2025, 6, 30, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01/07/2025", VietnameseFormat.Date(utc));
        Assert.Equal("00:30, 01/07/2025", VietnameseFormat.DateAndTime(utc));
    }
}
