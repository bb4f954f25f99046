using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services.Charts;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The chart model of an indicator: the kind the data asks for, one mark per value, labels as the source words them.</summary>
public sealed class IndicatorChartModelTests
{
    private static Observation Point(decimal value, int? year = null, int? startYear = null, decimal? outOf = null,
        ValueQualifier qualifier = ValueQualifier.Exact, string note = "", int sortOrder = 0) =>
        new() { Value = value, Year = year, StartYear = startYear, OutOf = outOf, Qualifier = qualifier, Note = note, SortOrder = sortOrder };

    private static Indicator IndicatorOf(string unit, params Observation[] observations) =>
        new() { Name = "Chỉ số thử", Slug = "chi-so-thu", Unit = unit, Observations = [.. observations] };

    public static TheoryData<string, Observation[], ChartKind> Kinds => new()
    {
        { "no value", [], ChartKind.None },
        { "one value with no year", [Point(1600, qualifier: ValueQualifier.Over)], ChartKind.Figure },
        { "one value over a period", [Point(15200, 2025, 2020, qualifier: ValueQualifier.MoreThan)], ChartKind.Figure },
        { "one count out of a total", [Point(20, outOf: 20)], ChartKind.Bars },
        { "two single years", [Point(0.55m, 2021), Point(0.27m, 2025)], ChartKind.Line },
        { "three single years, out of order", [Point(3, 2024), Point(1, 2020), Point(2, 2022)], ChartKind.Line },
        { "two values with no year", [Point(0.56m, note: "Đầu giai đoạn"), Point(0.35m, note: "Cuối giai đoạn")], ChartKind.Bars },
        { "a period beside a single year", [Point(96, 2025, 2020), Point(97, 2025)], ChartKind.Bars },
        { "the same year twice", [Point(1, 2025), Point(2, 2025)], ChartKind.Bars },
        { "a year and a value with none", [Point(1, 2025), Point(2)], ChartKind.Bars },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void KindOf_FollowsTheData(string _, Observation[] observations, ChartKind expected)
    {
        Assert.Equal(expected, IndicatorChart.KindOf(observations));
        Assert.Equal(expected, IndicatorChart.Of(IndicatorOf("%", observations)).Kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Of_DrawsOneMarkPerObservation_InsideTheViewBox(string _, Observation[] observations, ChartKind kind)
    {
        var chart = IndicatorChart.Of(IndicatorOf("hộ", observations));

        Assert.Equal(observations.Length, chart.Marks.Count);
        Assert.All(chart.Marks, m => Assert.Equal(kind == ChartKind.Line ? MarkShape.Dot : kind == ChartKind.Bars ? MarkShape.Bar : MarkShape.Figure, m.Shape));
        Assert.All(chart.Marks, m => Assert.InRange(m.X + m.Width, 0, chart.Width));
        Assert.All(chart.Marks, m => Assert.InRange(m.Y + m.Height, 0, chart.Height));
        Assert.All(chart.Texts, t => Assert.InRange(t.Y, 0, chart.Height));
        Assert.All(chart.Texts, t => Assert.InRange(t.X, 0, chart.Width));
    }

    [Fact]
    public void AValueOverAFigure_IsDrawnAtTheFigure_AndLabelledWithItsQualifier()
    {
        var chart = IndicatorChart.Of(IndicatorOf("hộ", Point(1600, qualifier: ValueQualifier.Over)));

        var mark = Assert.Single(chart.Marks);
        Assert.Equal("trên 1.600 hộ", mark.Value);
        Assert.Equal("1.600", mark.Drawn);
        Assert.Contains(chart.Texts, t => t.Text == "trên");
        Assert.Contains(chart.Texts, t => t.Text == "hộ");
        Assert.Contains("trên 1.600 hộ", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void QualifiedBars_AreAsLongAsTheirFigures_AndKeepTheirWords()
    {
        var chart = IndicatorChart.Of(IndicatorOf("hộ",
            Point(1600, 2025, 2020, qualifier: ValueQualifier.Over, sortOrder: 1),
            Point(1600, 2024, qualifier: ValueQualifier.Exact, sortOrder: 2),
            Point(800, 2023, qualifier: ValueQualifier.Nearly, sortOrder: 3)));

        Assert.Equal(ChartKind.Bars, chart.Kind);
        Assert.Equal(chart.Marks[0].Width, chart.Marks[1].Width, 3);
        Assert.Equal(chart.Marks[0].Width / 2, chart.Marks[2].Width, 3);
        Assert.Equal(["trên 1.600 hộ", "1.600 hộ", "gần 800 hộ"], chart.Marks.Select(m => m.Value));
        Assert.Contains(chart.Texts, t => t.CssClass == "chart-value" && t.Text == "trên 1.600 hộ");
        Assert.Contains(chart.Texts, t => t.CssClass == "chart-value" && t.Text == "gần 800 hộ");
        Assert.Contains(chart.Texts, t => t.CssClass == "chart-label" && t.Text == "2020–2025");
    }

    [Fact]
    public void ACountOutOfATotal_IsABarInsideItsTotal()
    {
        var chart = IndicatorChart.Of(IndicatorOf("trường", Point(15, outOf: 20)));

        var total = Assert.Single(chart.Totals);
        var bar = Assert.Single(chart.Marks);
        Assert.Equal(total.Width * 0.75, bar.Width, 3);
        Assert.Equal("15/20 trường", bar.Value);
        Assert.Contains(chart.Texts, t => t.Text == "15/20 trường");
    }

    [Fact]
    public void ALine_RunsThroughItsYearsInOrder_WithVietnameseAxisLabels()
    {
        var chart = IndicatorChart.Of(IndicatorOf("%", Point(0.27m, 2025, sortOrder: 2), Point(0.55m, 2021, sortOrder: 1), Point(0.4m, 2023, sortOrder: 3)));

        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal(["0,55%", "0,4%", "0,27%"], chart.Marks.Select(m => m.Value));
        Assert.True(chart.Marks[0].X < chart.Marks[1].X && chart.Marks[1].X < chart.Marks[2].X);
        Assert.Equal(chart.Marks[1].X - chart.Marks[0].X, chart.Marks[2].X - chart.Marks[1].X, 3);
        Assert.True(chart.Marks[0].Y < chart.Marks[2].Y, "the larger value is drawn higher");
        Assert.Equal(3, chart.LinePoints.Split(' ').Length);
        Assert.Equal(["0", "0,3", "0,6"], chart.Texts.Where(t => t.CssClass == "chart-tick" && t.Anchor == "end").Select(t => t.Text));
        Assert.Equal(["2021", "2023", "2025"], chart.Texts.Where(t => t.CssClass == "chart-tick" && t.Anchor == "middle").Select(t => t.Text));
        Assert.Contains(chart.Texts, t => t.Text == "Đơn vị: %");
    }

    [Fact]
    public void Description_StatesEveryValueWithItsPeriod()
    {
        var indicator = IndicatorOf("%", Point(0.56m, note: "Đầu giai đoạn; bài viết không nêu năm"), Point(0.35m, note: "Cuối giai đoạn; bài viết không nêu năm", sortOrder: 1), Point(0.3m, sortOrder: 2));

        var chart = IndicatorChart.Of(indicator);

        Assert.Equal("Biểu đồ cột so sánh 3 giá trị: Đầu giai đoạn: 0,56%; Cuối giai đoạn: 0,35%; không nêu năm: 0,3%.", chart.Description);
        Assert.Equal("Chỉ số thử", chart.Title);
        Assert.Equal(["Đầu giai đoạn", "Cuối giai đoạn", "không nêu năm"], chart.Texts.Where(t => t.CssClass == "chart-label").Select(t => t.Text));
    }

    [Theory]
    [InlineData("0.55", "0.6")]
    [InlineData("0.27", "0.3")]
    [InlineData("20", "20")]
    [InlineData("96", "100")]
    [InlineData("15200", "20000")]
    [InlineData("1600", "2000")]
    [InlineData("1", "1")]
    [InlineData("0", "1")]
    public void NiceCeiling_IsTheNextRoundNumber(string value, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, culture), IndicatorChart.NiceCeiling(decimal.Parse(value, culture)));
    }
}
