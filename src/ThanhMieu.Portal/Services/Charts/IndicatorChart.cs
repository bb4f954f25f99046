namespace ThanhMieu.Portal.Services.Charts;

/// <summary>How an indicator's observations are drawn (<see cref="IndicatorChart.KindOf"/> picks it from the data).</summary>
public enum ChartKind
{
    /// <summary>No observation: nothing to draw.</summary>
    None = 0,

    /// <summary>One value: written large with its qualifier, unit and period, with no axes.</summary>
    Figure = 1,

    /// <summary>Values on one timeline of single years: points joined by a line.</summary>
    Line = 2,

    /// <summary>Values to compare that are not one timeline, or counts out of a total: horizontal bars.</summary>
    Bars = 3,
}

/// <summary>What a mark of a chart is: a point of a line, a bar, or the figure itself.</summary>
public enum MarkShape
{
    Dot = 0,
    Bar = 1,
    Figure = 2,
}

/// <summary>
/// One observation drawn: its shape at (<see cref="X"/>, <see cref="Y"/>) (a dot's centre, a bar's top left corner, a
/// figure's text baseline), <see cref="Width"/> and <see cref="Height"/> for a bar, and the value as the source words it.
/// A figure draws <see cref="Drawn"/>, its number, large; its qualifier and unit are texts beside it.
/// </summary>
public sealed record ChartMark(MarkShape Shape, double X, double Y, double Width, double Height, string Value, string Drawn = "");

/// <summary>A text of the chart: an axis label, a value label, a period.</summary>
public sealed record ChartText(double X, double Y, string Text, string CssClass, string Anchor = "start");

/// <summary>A straight line of the chart: an axis or a grid line.</summary>
public sealed record ChartRule(double X1, double Y1, double X2, double Y2, string CssClass);

/// <summary>An outlined box: the total a count is out of (20 schools of 20), drawn behind its bar.</summary>
public sealed record ChartBox(double X, double Y, double Width, double Height);

/// <summary>
/// An indicator's chart as the <c>_IndicatorChart</c> partial writes it: every shape already placed in a
/// <see cref="Width"/> by <see cref="Height"/> view box, so the view only writes SVG elements.
/// </summary>
public sealed record IndicatorChartModel(string Id, ChartKind Kind, string Title, string Description, int Width, int Height)
{
    public string TitleId => Id + "-tieu-de";

    public string DescriptionId => Id + "-mo-ta";

    public IReadOnlyList<ChartMark> Marks { get; init; } = [];

    public IReadOnlyList<ChartText> Texts { get; init; } = [];

    public IReadOnlyList<ChartRule> Rules { get; init; } = [];

    public IReadOnlyList<ChartBox> Totals { get; init; } = [];

    /// <summary>The points of a line chart's line in SVG <c>points</c> form; empty for other kinds.</summary>
    public string LinePoints { get; init; } = "";

    /// <summary>A number of the view box, as SVG writes it (invariant, one decimal).</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>
/// Draws an indicator's observations as a small chart on the server, for an inline SVG that needs no script.
/// Every value is drawn at the figure the source gives and labelled as the source words it
/// (<see cref="VietnameseFormat.Observation"/>): "over 1,600" sits at 1,600 and is labelled with the word for "over" before 1.600.
/// </summary>
public static class IndicatorChart
{
    public const int Width = 320;

    private const double LabelHeight = 13;
    private const double MaxLabelLength = 46;

    /// <summary>
    /// The kind of chart the data asks for. No observation: <see cref="ChartKind.None"/>. One observation that is not a
    /// count out of a total: <see cref="ChartKind.Figure"/>, a number and not a chart. Two or more observations that
    /// each give a single year (no period, no total), all different: <see cref="ChartKind.Line"/>, a time series.
    /// Anything else, that is several values not on one timeline (periods beside single years, values with no year)
    /// or a value out of a total: <see cref="ChartKind.Bars"/>, which compare them (a bar against its total).
    /// </summary>
    public static ChartKind KindOf(IReadOnlyCollection<Observation> observations)
    {
        if (observations.Count == 0)
        {
            return ChartKind.None;
        }

        if (observations.Any(o => o.OutOf is not null))
        {
            return ChartKind.Bars;
        }

        if (observations.Count == 1)
        {
            return ChartKind.Figure;
        }

        var onOneTimeline = observations.All(o => o.Year is not null && o.StartYear is null)
            && observations.Select(o => o.Year).Distinct().Count() == observations.Count;
        return onOneTimeline ? ChartKind.Line : ChartKind.Bars;
    }

    /// <summary>The indicator's chart, its observations in the order the page lists them.</summary>
    public static IndicatorChartModel Of(Indicator indicator)
    {
        var observations = indicator.Observations.OrderBy(o => o.SortOrder).ThenBy(o => o.Year).ToList();
        var kind = KindOf(observations);
        var id = "bieu-do-" + indicator.Slug;
        var description = Describe(indicator, observations, kind);
        return kind switch
        {
            ChartKind.Figure => Figure(id, indicator, observations[0], description),
            ChartKind.Line => Line(id, indicator, observations.OrderBy(o => o.Year).ToList(), description),
            ChartKind.Bars => Bars(id, indicator, observations, description),
            _ => new IndicatorChartModel(id, kind, indicator.Name, description, Width, 0),
        };
    }

    /// <summary>
    /// What the chart shows, in words: every observation's period (or, with none, what the note says of it) and its
    /// value with unit and qualifier, in the order drawn.
    /// </summary>
    public static string Describe(Indicator indicator, IReadOnlyList<Observation> observations, ChartKind kind)
    {
        var ordered = kind == ChartKind.Line ? observations.OrderBy(o => o.Year).ToList() : observations;
        var values = string.Join("; ", ordered.Select(o => VietnameseFormat.Text(SiteText.Chart_Entry, PeriodLabel(o), VietnameseFormat.Observation(o, indicator.Unit))));
        var format = kind switch
        {
            ChartKind.Line => SiteText.Chart_Description_Line,
            ChartKind.Bars when observations.Count == 1 => SiteText.Chart_Description_Total,
            ChartKind.Bars => SiteText.Chart_Description_Bars,
            ChartKind.Figure => SiteText.Chart_Description_Figure,
            _ => SiteText.Chart_Description_None,
        };
        return VietnameseFormat.Text(format, indicator.Name, values, observations.Count);
    }

    /// <summary>
    /// An observation's place: its year or period; with none, the first part of its note ("start of the period");
    /// with neither, words saying the source gives no year.
    /// </summary>
    public static string PeriodLabel(Observation observation)
    {
        var period = VietnameseFormat.Period(observation);
        if (period.Length > 0)
        {
            return period;
        }

        var note = observation.Note.Split([';', '.', ','], 2)[0].Trim();
        return note.Length is > 0 and <= (int)MaxLabelLength ? note : SiteText.Chart_PeriodNotGiven;
    }

    private static IndicatorChartModel Figure(string id, Indicator indicator, Observation observation, string description)
    {
        var qualifier = VietnameseFormat.Qualifier(observation.Qualifier);
        var number = indicator.Unit == "%" ? VietnameseFormat.Percent(observation.Value) : VietnameseFormat.Number(observation.Value);
        var y = 4.0;
        var texts = new List<ChartText>();
        if (qualifier.Length > 0)
        {
            y += 16;
            texts.Add(new ChartText(4, y, qualifier, "chart-caption"));
        }

        y += 42;
        var figureY = y;
        var under = string.Join(" · ", new[] { indicator.Unit == "%" ? "" : indicator.Unit, VietnameseFormat.Period(observation) }.Where(s => s.Length > 0));
        if (under.Length > 0)
        {
            y += 22;
            texts.Add(new ChartText(4, y, Shorten(under), "chart-caption"));
        }

        return new IndicatorChartModel(id, ChartKind.Figure, indicator.Name, description, Width, (int)Math.Ceiling(y + 8))
        {
            Marks = [new ChartMark(MarkShape.Figure, 4, figureY, 0, 0, VietnameseFormat.Observation(observation, indicator.Unit), number)],
            Texts = texts,
        };
    }

    private static IndicatorChartModel Line(string id, Indicator indicator, List<Observation> observations, string description)
    {
        const double Left = 48, Right = Width - 28, Top = 40, Bottom = 150, Height = 184;
        var scaleMax = NiceCeiling(observations.Max(o => o.Value));
        var firstYear = observations[0].Year!.Value;
        var span = Math.Max(1, observations[^1].Year!.Value - firstYear);

        double XOf(int year) => Left + ((Right - Left) * (year - firstYear) / span);
        double YOf(decimal value) => Bottom - ((Bottom - Top) * (double)(value / scaleMax));

        var texts = new List<ChartText> { UnitCaption(indicator.Unit) };
        var rules = new List<ChartRule>();
        foreach (var tick in Ticks(scaleMax))
        {
            var y = YOf(tick);
            rules.Add(new ChartRule(Left, y, Right, y, tick == 0 ? "chart-axis" : "chart-grid"));
            texts.Add(new ChartText(Left - 6, y + 4, VietnameseFormat.Number(tick), "chart-tick", "end"));
        }

        rules.Add(new ChartRule(Left, Top - 8, Left, Bottom, "chart-axis"));
        var marks = new List<ChartMark>();
        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i];
            var (x, y) = (XOf(observation.Year!.Value), YOf(observation.Value));
            var value = VietnameseFormat.Observation(observation, indicator.Unit);
            var anchor = observations.Count > 1 && i == 0 ? "start" : i == observations.Count - 1 && observations.Count > 1 ? "end" : "middle";
            var labelX = anchor switch { "start" => x - 4, "end" => x + 4, _ => x };
            marks.Add(new ChartMark(MarkShape.Dot, x, y, 0, 0, value));
            texts.Add(new ChartText(labelX, y - 10, value, "chart-value", anchor));
            texts.Add(new ChartText(x, Bottom + 20, observation.Year.Value.ToString(CultureInfo.InvariantCulture), "chart-tick", "middle"));
        }

        return new IndicatorChartModel(id, ChartKind.Line, indicator.Name, description, Width, (int)Height)
        {
            Marks = marks,
            Texts = texts,
            Rules = rules,
            LinePoints = string.Join(' ', marks.Select(m => IndicatorChartModel.Coordinate(m.X) + "," + IndicatorChartModel.Coordinate(m.Y))),
        };
    }

    private static IndicatorChartModel Bars(string id, Indicator indicator, List<Observation> observations, string description)
    {
        const double Left = 4, Top = 26, Row = 46, BarHeight = 16, BarWidth = 190;
        var scaleMax = NiceCeiling(observations.Max(o => Math.Max(o.Value, o.OutOf ?? 0)));
        double WidthOf(decimal value) => BarWidth * (double)(value / scaleMax);

        var texts = new List<ChartText> { UnitCaption(indicator.Unit) };
        var marks = new List<ChartMark>();
        var totals = new List<ChartBox>();
        var top = Top;
        foreach (var observation in observations)
        {
            var barTop = top + LabelHeight + 6;
            var value = VietnameseFormat.Observation(observation, indicator.Unit);
            texts.Add(new ChartText(Left, top + LabelHeight, Shorten(PeriodLabel(observation)), "chart-label"));
            if (observation.OutOf is { } total)
            {
                totals.Add(new ChartBox(Left, barTop, WidthOf(total), BarHeight));
            }

            var width = WidthOf(observation.Value);
            marks.Add(new ChartMark(MarkShape.Bar, Left, barTop, width, BarHeight, value));
            var valueX = Left + Math.Max(width, observation.OutOf is { } outOf ? WidthOf(outOf) : 0) + 6;
            texts.Add(new ChartText(valueX, barTop + BarHeight - 3, value, "chart-value"));
            top += Row;
        }

        var axisY = top + 4;
        // The value axis only: a line up the bars' left edge would run through the labels above them.
        var rules = new List<ChartRule> { new(Left, axisY, Left + BarWidth, axisY, "chart-axis") };
        foreach (var tick in Ticks(scaleMax))
        {
            var x = Left + WidthOf(tick);
            rules.Add(new ChartRule(x, axisY, x, axisY + 5, "chart-axis"));
            texts.Add(new ChartText(x, axisY + 19, VietnameseFormat.Number(tick), "chart-tick", tick == 0 ? "start" : "middle"));
        }

        return new IndicatorChartModel(id, ChartKind.Bars, indicator.Name, description, Width, (int)Math.Ceiling(axisY + 26))
        {
            Marks = marks,
            Texts = texts,
            Rules = rules,
            Totals = totals,
        };
    }

    private static ChartText UnitCaption(string unit) =>
        new(4, 14, unit.Length > 0 ? VietnameseFormat.Text(SiteText.Chart_Unit, unit) : "", "chart-caption");

    /// <summary>The axis's three ticks: zero, the middle and the top of the scale.</summary>
    private static decimal[] Ticks(decimal scaleMax) => [0, scaleMax / 2, scaleMax];

    /// <summary>
    /// The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above
    /// <paramref name="value"/>, the top of a value axis; 1 for zero or less.
    /// </summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        decimal[] steps = [1m, 1.2m, 1.5m, 2m, 2.5m, 3m, 4m, 5m, 6m, 8m, 10m];
        var power = 1m;
        while (value > power * 10)
        {
            power *= 10;
        }

        while (value <= power)
        {
            power /= 10;
        }

        return steps.Select(s => s * power).First(s => s >= value);
    }

    private static string Shorten(string text) =>
        text.Length <= MaxLabelLength ? text : text[..((int)MaxLabelLength - 1)].TrimEnd() + "…";
}
