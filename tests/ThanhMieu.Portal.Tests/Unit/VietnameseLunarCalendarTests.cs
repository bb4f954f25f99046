using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The Vietnamese lunar calendar against published dates of Tet, and against itself over 46 years.</summary>
public sealed class VietnameseLunarCalendarTests
{
    /// <summary>The first day of the first lunar month in Vietnam (UTC+7), from published calendars.</summary>
    public static TheoryData<int, int, int> TetInVietnam => new()
    {
        { 1985, 1, 21 },
        { 1990, 1, 27 },
        { 1995, 1, 31 },
        { 2000, 2, 5 },
        { 2005, 2, 9 },
        { 2007, 2, 17 },
        { 2008, 2, 7 },
        { 2010, 2, 14 },
        { 2012, 1, 23 },
        { 2015, 2, 19 },
        { 2017, 1, 28 },
        { 2018, 2, 16 },
        { 2020, 1, 25 },
        { 2021, 2, 12 },
        { 2022, 2, 1 },
        { 2023, 1, 22 },
        { 2024, 2, 10 },
        { 2025, 1, 29 },
        { 2026, 2, 17 },
        { 2027, 2, 6 },
        { 2028, 1, 26 },
        { 2033, 1, 31 },
        { 2035, 2, 8 },
    };

    [Theory]
    [MemberData(nameof(TetInVietnam))]
    public void Tet_FallsOnItsPublishedDay(int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);

        Assert.Equal(tet, VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year)));
        Assert.Equal(new LunarDate(1, 1, year), VietnameseLunarCalendar.ToLunar(tet));
        Assert.InRange(VietnameseLunarCalendar.ToLunar(tet.AddDays(-1)).Day, 29, 30);
    }

    [Theory]
    [InlineData(1985, 2, 20)]
    [InlineData(2007, 2, 18)]
    public void TheChineseCalendar_PutsTetElsewhereInSomeYears(int year, int month, int day)
    {
        var china = VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year), timeZone: 8);

        Assert.Equal(new DateOnly(year, month, day), china);
        Assert.NotEqual(china, VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year)));
    }

    [Fact]
    public void EveryDayFrom1990To2035_RoundTrips_AndMonthsHave29Or30Days()
    {
        var leapMonths = 0;
        for (var date = new DateOnly(1990, 1, 1); date <= new DateOnly(2035, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));
            Assert.InRange(lunar.Day, 1, 30);
            Assert.InRange(lunar.Month, 1, 12);
            var next = VietnameseLunarCalendar.ToLunar(date.AddDays(1));
            if (next.Day == 1)
            {
                Assert.InRange(lunar.Day, 29, 30);
                leapMonths += next.IsLeapMonth ? 1 : 0;
            }
            else
            {
                Assert.Equal(lunar.Day + 1, next.Day);
            }
        }

        // About seven leap months every nineteen years: 46 years hold 16 or 17.
        Assert.InRange(leapMonths, 16, 17);
    }

    [Fact]
    public void ALeapMonthThatYearHasNot_IsNoDate()
    {
        // 2023 had a leap second month (2 nhuan), 2025 a leap sixth month; neither had the other's.
        Assert.NotNull(VietnameseLunarCalendar.ToSolar(new LunarDate(1, 2, 2023, IsLeapMonth: true)));
        Assert.NotNull(VietnameseLunarCalendar.ToSolar(new LunarDate(1, 6, 2025, IsLeapMonth: true)));
        Assert.Null(VietnameseLunarCalendar.ToSolar(new LunarDate(1, 6, 2023, IsLeapMonth: true)));
        Assert.Null(VietnameseLunarCalendar.ToSolar(new LunarDate(1, 3, 2024, IsLeapMonth: true)));
    }
}
