namespace ThanhMieu.Portal.Areas.Admin.Binding;

/// <summary>
/// Reads numbers and dates the way ward staff type them: "0,27" and "15.200" (vi-VN) as well as "0.27",
/// and dates as 15/03/2026 or 2026-03-15 (what a date picker sends).
/// </summary>
public static class VietnameseInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>
    /// Parses a decimal written with vi-VN separators (comma for decimals, dot for thousands) or with a decimal dot.
    /// A lone dot followed by exactly three digits after a non-zero integer part ("15.200") is read as a thousands
    /// separator, as a Vietnamese reader would; any other lone dot ("0.27", "1.5") is a decimal point.
    /// With <paramref name="allowGrouping"/> false (coordinates) dots and commas are always decimal points.
    /// </summary>
    public static bool TryParseDecimal(string? text, bool allowGrouping, out decimal value)
    {
        value = 0;
        var compact = Compact(text);
        if (compact.Length == 0)
        {
            return false;
        }

        var sign = "";
        if (compact[0] is '-' or '+' or '−')
        {
            sign = compact[0] == '+' ? "" : "-";
            compact = compact[1..];
        }

        var normalized = allowGrouping ? Ungroup(compact) : UngroupedOnly(compact);
        return normalized is not null
            && normalized.Length > 0
            && normalized.All(c => char.IsAsciiDigit(c) || c == '.')
            && decimal.TryParse(sign + normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInt(string? text, out int value) =>
        int.TryParse(Compact(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// A date between 1900 and 2100: nothing the ward records lies outside, and the edges of DateOnly would overflow
    /// where a day is added (the audit trail's "to" date includes that whole day).
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(Compact(text), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        && value.Year is >= 1900 and <= 2100;

    /// <summary>How a decimal is shown in an input so that <see cref="TryParseDecimal"/> reads it back: "15.200", "0,27".</summary>
    public static string Format(decimal value) => value.ToString("#,0.####", VietnameseFormat.Culture);

    /// <summary>Coordinates keep their precision and never group digits: "21,322738".</summary>
    public static string Format(double value) => value.ToString("0.#########", VietnameseFormat.Culture);

    private static string Compact(string? text) =>
        new((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Turns a vi-VN or plain number into invariant form ("1.234,5" → "1234.5"), or null when ambiguous.</summary>
    private static string? Ungroup(string number)
    {
        var commas = number.Count(c => c == ',');
        var dots = number.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            // Both present: the last one marks the decimals, the other groups thousands ("1.234,5" or "1,234.5").
            var decimalMark = number.LastIndexOf(',') > number.LastIndexOf('.') ? ',' : '.';
            var groupMark = decimalMark == ',' ? '.' : ',';
            var split = number.LastIndexOf(decimalMark);
            var integer = number[..split];
            return number.Count(c => c == decimalMark) == 1 && IsGrouped(integer, groupMark)
                ? integer.Replace(groupMark.ToString(), "", StringComparison.Ordinal) + "." + number[(split + 1)..]
                : null;
        }

        if (commas > 0)
        {
            return commas == 1 ? number.Replace(',', '.') : null;
        }

        if (dots > 1)
        {
            return IsGrouped(number, '.') ? number.Replace(".", "", StringComparison.Ordinal) : null;
        }

        return dots == 1 && IsGrouped(number, '.') ? number.Replace(".", "", StringComparison.Ordinal) : number;
    }

    private static string? UngroupedOnly(string number) =>
        number.Count(c => c is ',' or '.') <= 1 ? number.Replace(',', '.') : null;

    /// <summary>True for "15.200" or "1.234.567": a first group of 1–3 digits not starting with 0, then groups of 3.</summary>
    private static bool IsGrouped(string integer, char mark)
    {
        var groups = integer.Split(mark);
        return groups[0].Length is >= 1 and <= 3
            && groups[0][0] != '0'
            && groups.Skip(1).All(g => g.Length == 3)
            && groups.All(g => g.All(char.IsAsciiDigit));
    }
}
