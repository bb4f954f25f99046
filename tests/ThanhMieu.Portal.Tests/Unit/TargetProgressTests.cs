using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The tracker's share of the way done: computed only from known numbers, in either direction.</summary>
public sealed class TargetProgressTests
{
    [Theory]
    [InlineData(40, 90, 65, 50)]     // rising: 25 of 50
    [InlineData(40, 90, 40, 0)]      // at the start
    [InlineData(40, 90, 90, 100)]    // reached
    [InlineData(40, 90, 100, 120)]   // passed: the figure says so, the bar stops at 100
    [InlineData(40, 90, 30, -20)]    // gone backwards
    [InlineData(5, 1, 2, 75)]        // falling goal (a poverty rate): 3 of 4
    [InlineData(0, 3, 1, 33)]        // rounded to a whole percent
    [InlineData(0, 8, 1, 13)]        // 12.5 rounds half away from zero
    public void PercentOf_IsTheShareOfTheWayFromBaselineToTarget(double baseline, double goal, double actual, double expected) =>
        Assert.Equal((decimal)expected, TargetProgress.PercentOf((decimal)baseline, (decimal)goal, (decimal)actual));

    [Theory]
    [InlineData(null, 90.0, 65.0)]
    [InlineData(40.0, null, 65.0)]
    [InlineData(40.0, 90.0, null)]
    [InlineData(40.0, 40.0, 65.0)]
    public void PercentOf_IsNullWithoutEveryNumberOrWithNoWayToGo(double? baseline, double? goal, double? actual) =>
        Assert.Null(TargetProgress.PercentOf((decimal?)baseline, (decimal?)goal, (decimal?)actual));

    [Fact]
    public void Of_TakesTheLatestDatedUpdateWithAValue_NotTheLastSavedOrOneWithoutAValue()
    {
        var target = new Target
        {
            Title = "Hồ sơ trực tuyến",
            Slug = "ho-so-truc-tuyen",
            BaselineValue = 40,
            TargetValue = 90,
            ProgressUpdates =
            [
                new ProgressUpdate { Id = 3, Date = new DateOnly(2026, 1, 10), Value = 50, Note = "Quý I" },
                new ProgressUpdate { Id = 1, Date = new DateOnly(2026, 6, 30), Value = 65, Note = "Quý II" },
                new ProgressUpdate { Id = 4, Date = new DateOnly(2026, 9, 1), Note = "Đang tổng hợp số liệu" },
            ],
        };

        var progress = TargetProgress.Of(target);

        Assert.Equal(new DateOnly(2026, 6, 30), progress.Latest!.Date);
        Assert.Equal(50m, progress.Percent);
        Assert.Equal(50, progress.BarValue);
        Assert.Equal(TargetProgressGap.None, progress.Gap);
    }

    [Fact]
    public void BarValue_StaysWithinZeroAndAHundred()
    {
        Assert.Equal(100, new TargetProgress(null, 120, TargetProgressGap.None).BarValue);
        Assert.Equal(0, new TargetProgress(null, -20, TargetProgressGap.None).BarValue);
        Assert.Null(new TargetProgress(null, null, TargetProgressGap.NoActual).BarValue);
    }

    [Theory]
    [InlineData(null, null, false, TargetProgressGap.Qualitative)]
    [InlineData(null, 90.0, false, TargetProgressGap.NoBaseline)]
    [InlineData(40.0, 90.0, false, TargetProgressGap.NoActual)]
    [InlineData(40.0, 40.0, true, TargetProgressGap.NoDistance)]
    [InlineData(40.0, 90.0, true, TargetProgressGap.None)]
    public void Gap_NamesTheMissingNumber(double? baseline, double? goal, bool measured, TargetProgressGap expected)
    {
        List<ProgressUpdate> updates = measured ? [new ProgressUpdate { Date = new DateOnly(2026, 3, 1), Value = 60 }] : [];

        Assert.Equal(expected, TargetProgress.Of((decimal?)baseline, (decimal?)goal, updates).Gap);
    }
}
