using ThanhMieu.Portal.Data.Seeding;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The reader of the old free-text lunar dates (ADR 0010), and the solar dates computed from lunar ones.</summary>
public sealed class FestivalDateTextTests
{
    /// <summary>Every LunarDate text festivals.json held before the dates were data, by festival.</summary>
    public static TheoryData<string, string> SeededTexts => new()
    {
        { "le-hoi-den-tam-giang", "3–5/1; 10/3; 25/9 (Báo Phú Thọ) · 8–10/3; 25/9 (Báo Nhân Dân) · 3–5/1 (thamhiemvietnam.com)" },
        { "boi-chai", "9/3" },
        { "hoi-thi-gia-banh-day", "9–10/1 (phutho.gov.vn, Báo Phú Thọ) · 10/1 (Ban Tôn giáo Chính phủ) · 10/1 và 10/3 (dulichtaybac.vn)" },
        { "le-hoi-den-tien", "9–10/10" },
        { "le-hoi-den-thuong-tho", "22/2; 10/10" },
        { "le-hoi-den-chua-lang-dai", "7/1" },
    };

    private static (int Day, int? EndDay, int Month, bool Leap, string Source) Key(FestivalDate d) => (d.Day, d.EndDay, d.Month, d.IsLeapMonth, d.Source);

    [Theory]
    [MemberData(nameof(SeededTexts))]
    public void EverySeededText_ReadsAsTheSeedsDates(string slug, string text)
    {
        var seed = InitialContent.NewFestivalDates(SeedContent.LoadEmbedded().Festivals.Single(f => f.Slug == slug));

        var parsed = FestivalDateText.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(seed.Select(Key), parsed.Select(Key));
        Assert.Equal(Enumerable.Range(1, seed.Count), parsed.Select(d => d.SortOrder));
    }

    [Fact]
    public void ConflictingSources_StaySeparateRows_EachWithItsSource()
    {
        var parsed = FestivalDateText.Parse("3–5/1; 10/3; 25/9 (Báo Phú Thọ) · 8–10/3; 25/9 (Báo Nhân Dân) · 3–5/1 (thamhiemvietnam.com)")!;

        Assert.Equal(
            [
                (3, 5, 1, false, "Báo Phú Thọ"), (10, null, 3, false, "Báo Phú Thọ"), (25, null, 9, false, "Báo Phú Thọ"),
                (8, 10, 3, false, "Báo Nhân Dân"), (25, null, 9, false, "Báo Nhân Dân"), (3, 5, 1, false, "thamhiemvietnam.com"),
            ],
            parsed.Select(Key));
    }

    [Theory]
    [InlineData("3–5/1; 10/3; 25/9", 3)]
    [InlineData("9–10/1", 1)]
    [InlineData("6-8/2", 1)]
    public void TheTextsOfTheFirstSeed_Read(string text, int count) => Assert.Equal(count, FestivalDateText.Parse(text)!.Count);

    [Theory]
    [InlineData("tháng Giêng")]
    [InlineData("31/1")]
    [InlineData("10/13")]
    [InlineData("5–3/1")]
    [InlineData("9/3 hằng năm")]
    [InlineData("")]
    [InlineData(null)]
    public void TextThatDoesNotReadExactly_GivesNoDates(string? text) => Assert.Null(FestivalDateText.Parse(text));

    private static Festival Festival() => new() { Name = "Lễ hội thử", Slug = "le-hoi-thu" };

    /// <summary>
    /// No seed source gives a festival's solar date (grep of /work/shared/seed and Data/Seeding/Content for "âm lịch": only
    /// lunar dates). The 10/3 of đền Tam Giang (Báo Phú Thọ, 15/11/2025) is the day of Giỗ Tổ Hùng Vương, whose solar date
    /// the Government publishes each year as a public holiday: 29/04/2023, 18/04/2024, 07/04/2025.
    /// </summary>
    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    public void TamGiangsTenthOfTheThirdMonth_FallsOnThePublishedHungKingsDay(int year, string solar)
    {
        var occurrence = FestivalCalendar.Occurrence(Festival(), new FestivalDate { Day = 10, Month = 3 }, year);

        Assert.Equal(DateOnly.Parse(solar, System.Globalization.CultureInfo.InvariantCulture), occurrence.Start);
        Assert.Equal(occurrence.Start, occurrence.End);
    }

    [Fact]
    public void ARunOfDays_EndsOnItsLastDay_AndICalendarsEndIsTheDayAfter()
    {
        // Tet 2026 is 17/02/2026 (VietnameseLunarCalendarTests), so 3-5/1 is 19-21/02/2026.
        var occurrence = FestivalCalendar.Occurrence(Festival(), new FestivalDate { Day = 3, EndDay = 5, Month = 1 }, 2026);

        Assert.Equal(new DateOnly(2026, 2, 19), occurrence.Start);
        Assert.Equal(new DateOnly(2026, 2, 21), occurrence.End);
        Assert.Equal(new DateOnly(2026, 2, 22), occurrence.EndExclusive);
    }

    [Fact]
    public void ALeapMonthDate_HasADayOnlyInAYearWithThatLeapMonth()
    {
        var leap = new FestivalDate { Day = 1, Month = 6, IsLeapMonth = true };

        // 2025 (At Ty) has a leap sixth month, from 25/07/2025; 2026 has no leap month.
        Assert.Equal(new DateOnly(2025, 7, 25), FestivalCalendar.Occurrence(Festival(), leap, 2025).Start);
        var none = FestivalCalendar.Occurrence(Festival(), leap, 2026);
        Assert.Null(none.Start);
        Assert.Null(none.End);
    }

    [Fact]
    public void AThirtiethInAMonthOfTwentyNineDays_HasNoDay()
    {
        var thirtieth = new FestivalDate { Day = 30, Month = 1 };
        var occurrences = Enumerable.Range(2020, 10).Select(y => FestivalCalendar.Occurrence(Festival(), thirtieth, y)).ToList();

        // Some of ten years' first months have 29 days; those give no day, never the next month's first.
        Assert.Contains(occurrences, o => o.Start is null);
        Assert.All(occurrences.Where(o => o.Start is not null), o => Assert.Equal(new LunarDate(30, 1, o.LunarYear), VietnameseLunarCalendar.ToLunar(o.Start!.Value)));
    }
}
