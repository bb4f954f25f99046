using System.Globalization;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Services;

/// <summary>Numbers, dates and labels the way Vietnamese readers write them (15.200; 0,27%; 27/11/2026).</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>A number with vi-VN separators and no trailing zeros: 15200 → "15.200", 0.27 → "0,27".</summary>
    public static string Number(decimal value) => value.ToString("#,0.####", Culture);

    /// <summary>A size in megabytes: 5242880 → "5 MB".</summary>
    public static string Megabytes(long bytes) => Number(Math.Round(bytes / (1024m * 1024m), 1)) + " MB";

    public static string Percent(decimal value) => Number(value) + "%";

    /// <summary>A value with its unit: "15.200 tỷ đồng", "0,27%".</summary>
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
            ValueQualifier.Over => "trên",
            ValueQualifier.MoreThan => "hơn",
            ValueQualifier.Nearly => "gần",
            ValueQualifier.MetOrExceeded => "đạt và vượt",
            _ => "",
        };

    /// <summary>The year or period an observation covers; empty when the source gives no year.</summary>
    public static string Period(Observation observation) =>
        (observation.StartYear, observation.Year) switch
        {
            ({ } from, { } to) => $"{from}–{to}",
            (null, { } year) => year.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };

    public static DateTime ToVietnamTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTime);

    /// <summary>A UTC time as a Vietnamese date: "27/11/2026".</summary>
    public static string Date(DateTime utc) => ToVietnamTime(utc).ToString("dd/MM/yyyy", Culture);

    /// <summary>A UTC time as Vietnam time: "08:30, 27/11/2026".</summary>
    public static string DateAndTime(DateTime utc) => ToVietnamTime(utc).ToString("HH:mm, dd/MM/yyyy", Culture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    public static string GroupName(IndicatorGroup group) =>
        group switch
        {
            IndicatorGroup.Economy => "Kinh tế",
            IndicatorGroup.Society => "Văn hóa – xã hội",
            IndicatorGroup.Education => "Giáo dục",
            IndicatorGroup.PartyBuilding => "Xây dựng Đảng",
            _ => group.ToString(),
        };

    public static string KindName(HeritageKind kind) =>
        kind switch
        {
            HeritageKind.Den => "Đền",
            HeritageKind.Chua => "Chùa",
            HeritageKind.Dinh => "Đình",
            _ => "Điểm đến",
        };

    public static string KindName(FormerUnitKind kind) => kind == FormerUnitKind.Commune ? "Xã" : "Phường";

    public static string StatusName(TargetStatus status) =>
        status switch
        {
            TargetStatus.OnTrack => "Đang thực hiện đúng tiến độ",
            TargetStatus.AtRisk => "Có nguy cơ chậm",
            TargetStatus.Achieved => "Đã đạt",
            _ => "Chưa đánh giá",
        };
}
