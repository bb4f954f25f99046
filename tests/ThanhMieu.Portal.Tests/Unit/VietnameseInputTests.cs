using System.Globalization;
using ThanhMieu.Portal.Areas.Admin.Binding;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class VietnameseInputTests
{
    [Theory]
    [InlineData("0,27", "0.27")]
    [InlineData("15.200", "15200")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("0.27", "0.27")]
    [InlineData("0.275", "0.275")]
    [InlineData("1.5", "1.5")]
    [InlineData("12.50", "12.50")]
    [InlineData("-0,5", "-0.5")]
    [InlineData("− 3", "-3")]
    [InlineData(" 15 200 ", "15200")]
    [InlineData("96", "96")]
    public void TryParseDecimal_ReadsVietnameseAndPlainNumbers(string text, string expected)
    {
        Assert.True(VietnameseInput.TryParseDecimal(text, allowGrouping: true, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("1.23.4")]
    [InlineData("1.234,5,6")]
    [InlineData("1e5")]
    [InlineData("15%")]
    [InlineData("--1")]
    public void TryParseDecimal_RefusesWhatIsNotANumber(string text) =>
        Assert.False(VietnameseInput.TryParseDecimal(text, allowGrouping: true, out _));

    [Theory]
    [InlineData("21,322", 21.322)]
    [InlineData("21.322", 21.322)]
    [InlineData("-105.4303", -105.4303)]
    public void TryParseDecimal_WithoutGrouping_ReadsEveryMarkAsTheDecimalPoint(string text, double expected)
    {
        Assert.True(VietnameseInput.TryParseDecimal(text, allowGrouping: false, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData(15200, "15.200")]
    [InlineData(0.27, "0,27")]
    [InlineData(1234.5, "1.234,5")]
    public void Format_ReadsBackToTheSameValue(double number, string shown)
    {
        var value = (decimal)number;

        Assert.Equal(shown, VietnameseInput.Format(value));
        Assert.True(VietnameseInput.TryParseDecimal(shown, allowGrouping: true, out var back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("15/03/2026")]
    [InlineData("15/3/2026")]
    [InlineData("2026-03-15")]
    [InlineData("15-03-2026")]
    public void TryParseDate_ReadsDayMonthYearAndDatePickerDates(string text)
    {
        Assert.True(VietnameseInput.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 15), date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("03/15/2026")]
    [InlineData("hôm qua")]
    public void TryParseDate_RefusesImpossibleOrAmericanDates(string text) =>
        Assert.False(VietnameseInput.TryParseDate(text, out _));
}
