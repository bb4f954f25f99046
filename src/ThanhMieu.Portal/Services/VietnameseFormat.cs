namespace ThanhMieu.Portal.Services;

/// <summary>Numbers, dates and labels the way Vietnamese readers write them (15.200; 0,27%; 27/11/2026).</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>A number with vi-VN separators and no trailing zeros: 15200 → "15.200", 0.27 → "0,27".</summary>
    public static string Number(decimal value) => value.ToString("#,0.####", Culture);

    /// <summary>A size in megabytes: 5242880 → "5 MB".</summary>
    public static string Megabytes(long bytes) => Text(CommonText.Format_Megabytes, Number(Math.Round(bytes / (1024m * 1024m), 1)));

    public static string Percent(decimal value) => Number(value) + "%";

    /// <summary>A value with its unit in vi-VN form: "15.200" followed by the unit, "0,27%".</summary>
    public static string WithUnit(decimal value, string unit) =>
        unit switch
        {
            "" => Number(value),
            "%" => Percent(value),
            _ => Number(value) + " " + unit,
        };

    public static string Observation(Observation observation, string unit)
    {
        var figure = observation.OutOf is { } total
            ? Number(observation.Value) + "/" + WithUnit(total, unit)
            : WithUnit(observation.Value, unit);
        return Qualifier(observation.Qualifier) is { Length: > 0 } word ? word + " " + figure : figure;
    }

    public static string Qualifier(ValueQualifier qualifier) =>
        qualifier switch
        {
            ValueQualifier.Over => CommonText.Qualifier_Over,
            ValueQualifier.MoreThan => CommonText.Qualifier_MoreThan,
            ValueQualifier.Nearly => CommonText.Qualifier_Nearly,
            ValueQualifier.MetOrExceeded => CommonText.Qualifier_MetOrExceeded,
            _ => "",
        };

    /// <summary>The year or period an observation covers; empty when the source gives no year.</summary>
    public static string Period(Observation observation) =>
        (observation.StartYear, observation.Year) switch
        {
            ({ } from, { } to) => Text(CommonText.Format_Period, from, to),
            (null, { } year) => year.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };

    public static DateTime ToVietnamTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTime);

    /// <summary>A UTC time as a Vietnamese date: "27/11/2026".</summary>
    public static string Date(DateTime utc) => ToVietnamTime(utc).ToString(CommonText.Format_Date, Culture);

    /// <summary>A UTC time as Vietnam time: "08:30, 27/11/2026".</summary>
    public static string DateAndTime(DateTime utc) => ToVietnamTime(utc).ToString(CommonText.Format_DateAndTime, Culture);

    public static string Date(DateOnly date) => date.ToString(CommonText.Format_Date, Culture);

    /// <summary>A date with its weekday: "Thu Bay, 21/02/2026" (in Vietnamese).</summary>
    public static string DateWithWeekday(DateOnly date) => date.ToString(CommonText.Format_DateWithWeekday, Culture);

    /// <summary>A festival's solar day or days with their weekdays; empty when that year has no such lunar day.</summary>
    public static string SolarDays(FestivalOccurrence occurrence) =>
        occurrence is { Start: { } start, End: { } end }
            ? start == end ? DateWithWeekday(start) : Text(SiteText.Festival_SolarRange, DateWithWeekday(start), DateWithWeekday(end))
            : "";

    /// <summary>A lunar date as day/month: "9/3", "3-5/1" (with an en dash), "10/3 (leap month)".</summary>
    public static string LunarDay(FestivalDate date)
    {
        var days = date.EndDay is { } end
            ? Text(CommonText.Format_LunarDays, date.Day, end, date.Month)
            : Text(CommonText.Format_LunarDay, date.Day, date.Month);
        return date.IsLeapMonth ? Text(CommonText.Format_LunarLeap, days) : days;
    }

    /// <summary>
    /// A festival's lunar dates in short, each different one once ("3-5/1; 10/3; 25/9; 8-10/3"), or its old free text
    /// while it has no dates; null when it has neither.
    /// </summary>
    public static string? LunarDays(IEnumerable<FestivalDate> dates, string? legacyText)
    {
        var days = dates.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(LunarDay).Distinct().ToList();
        return days.Count > 0 ? string.Join("; ", days) : string.IsNullOrWhiteSpace(legacyText) ? null : legacyText;
    }

    public static string GroupName(IndicatorGroup group) =>
        group switch
        {
            IndicatorGroup.Economy => CommonText.IndicatorGroup_Economy,
            IndicatorGroup.Society => CommonText.IndicatorGroup_Society,
            IndicatorGroup.Education => CommonText.IndicatorGroup_Education,
            IndicatorGroup.PartyBuilding => CommonText.IndicatorGroup_PartyBuilding,
            _ => group.ToString(),
        };

    public static string KindName(HeritageKind kind) =>
        kind switch
        {
            HeritageKind.Den => CommonText.HeritageKind_Den,
            HeritageKind.Chua => CommonText.HeritageKind_Chua,
            HeritageKind.Dinh => CommonText.HeritageKind_Dinh,
            HeritageKind.DinhChua => CommonText.HeritageKind_DinhChua,
            _ => CommonText.HeritageKind_Other,
        };

    public static string KindName(FormerUnitKind kind) =>
        kind == FormerUnitKind.Commune ? CommonText.FormerUnitKind_Commune : CommonText.FormerUnitKind_Ward;

    public static string StatusName(TargetStatus status) =>
        status switch
        {
            TargetStatus.OnTrack => CommonText.TargetStatus_OnTrack,
            TargetStatus.AtRisk => CommonText.TargetStatus_AtRisk,
            TargetStatus.Achieved => CommonText.TargetStatus_Achieved,
            _ => CommonText.TargetStatus_NotAssessed,
        };

    public static string StatusName(ArticleStatus status) => StateName((ArticleState)(int)status);

    public static string StatusName(QuestionStatus status) =>
        status switch
        {
            QuestionStatus.Assigned => QuestionText.Status_Assigned,
            QuestionStatus.Answered => QuestionText.Status_Answered,
            QuestionStatus.Declined => QuestionText.Status_Declined,
            _ => QuestionText.Status_Received,
        };

    /// <summary>An article's state as staff see it (a scheduled article whose time has come reads "published").</summary>
    public static string StateName(ArticleState state) =>
        state switch
        {
            ArticleState.Draft => CommonText.ArticleStatus_Draft,
            ArticleState.Scheduled => CommonText.ArticleStatus_Scheduled,
            ArticleState.Published => CommonText.ArticleStatus_Published,
            _ => CommonText.ArticleStatus_Archived,
        };

    /// <summary>A resource text with its values filled in, in the current culture.</summary>
    public static string Text(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
