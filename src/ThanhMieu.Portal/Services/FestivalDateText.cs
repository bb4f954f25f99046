using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Reads the free-text lunar dates festivals had before their dates were data (ADR 0010): versions separated by
/// " · ", each a list of dates ("3-5/1; 10/3; 25/9", "10/1 va 10/3") with the source that gives them in brackets at the
/// end ("(Bao Phu Tho)"). A day is "D/M" or "D-E/M" (a hyphen or an en dash). Nothing is guessed: text that does not
/// read exactly so gives no dates.
/// </summary>
public static partial class FestivalDateText
{
    /// <summary>The dates the text gives, in its order; null when any part of it does not read as a date.</summary>
    public static IReadOnlyList<FestivalDate>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var dates = new List<FestivalDate>();
        foreach (var version in text.Split('\u00B7', StringSplitOptions.TrimEntries))
        {
            var match = VersionPattern().Match(version);
            if (!match.Success)
            {
                return null;
            }

            var source = match.Groups["source"].Success ? match.Groups["source"].Value.Trim() : "";
            foreach (var day in DateSeparator().Split(match.Groups["dates"].Value.Trim()))
            {
                var date = DatePattern().Match(day.Trim());
                if (!date.Success || ToDate(date, source, dates.Count + 1) is not { } parsed)
                {
                    return null;
                }

                dates.Add(parsed);
            }
        }

        return dates;
    }

    /// <summary>Whether a day, month and end day name a lunar date that can exist (ADR 0010: the end in the same month).</summary>
    public static bool IsValid(int day, int month, int? endDay) =>
        day is >= 1 and <= 30 && month is >= 1 and <= 12 && (endDay is null || (endDay > day && endDay <= 30));

    private static FestivalDate? ToDate(Match date, string source, int sortOrder)
    {
        var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? end = date.Groups["end"].Success ? int.Parse(date.Groups["end"].Value, CultureInfo.InvariantCulture) : null;
        var month = int.Parse(date.Groups["month"].Value, CultureInfo.InvariantCulture);
        return IsValid(day, month, end)
            ? new FestivalDate { Day = day, EndDay = end, Month = month, Source = source, SortOrder = sortOrder }
            : null;
    }

    // The dates, then the source in brackets when the text names one.
    [GeneratedRegex(@"^(?<dates>[^()]+?)\s*(\((?<source>[^()]+)\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    // "; " or the Vietnamese "va" (and), written with its accent.
    [GeneratedRegex("\\s*;\\s*|\\s+v\u00E0\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DateSeparator();

    [GeneratedRegex(@"^(?<day>\d{1,2})(\s*[-\u2013]\s*(?<end>\d{1,2}))?/(?<month>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
