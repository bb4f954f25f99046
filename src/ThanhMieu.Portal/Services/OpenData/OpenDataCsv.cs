using System.Text.Json;
using CsvHelper;

namespace ThanhMieu.Portal.Services.OpenData;

/// <summary>
/// The CSV downloads of /du-lieu-mo (CsvHelper): UTF-8 with a byte order mark (so Excel reads Vietnamese right),
/// comma-separated with CRLF line ends and RFC 4180 quoting (a field with a comma, a quote or a line break is quoted,
/// quotes doubled). Column names are the API's property names. Numbers are written invariantly: a dot before the
/// decimals, no thousands separator, no trailing zeros; a qualifier ("over", "nearly") is a column of its own, never
/// part of the number. Dates are yyyy-MM-dd, times UTC ISO 8601, enumerations the API's camelCase names; an empty
/// field means no value.
/// </summary>
public sealed class OpenDataCsv(OpenDataApi api)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string IndicatorsFileName = "chi-tieu-thanh-tuu.csv";

    public const string TargetsFileName = "muc-tieu-2025-2030.csv";

    public const string ProgressUpdatesFileName = "cap-nhat-tien-do-muc-tieu.csv";

    private const string NumberFormat = "0.############################";

    /// <summary>One row per observation, with its indicator's identity repeated.</summary>
    public async Task<byte[]> IndicatorsAsync(CancellationToken cancellationToken)
    {
        var rows = (await api.AllIndicatorsAsync(cancellationToken))
            .SelectMany(i => i.Observations.Select(o => new[]
            {
                i.Slug, i.Name, Code(i.Group), i.Unit, Number(o.StartYear), Number(o.Year), Number(o.Value), Number(o.OutOf), Code(o.Qualifier), o.Note, o.Source,
            }));
        return Write(
            ["indicatorSlug", "indicatorName", "group", "unit", "startYear", "year", "value", "outOf", "qualifier", "note", "source"], rows);
    }

    /// <summary>One row per target, with its latest progress update.</summary>
    public async Task<byte[]> TargetsAsync(CancellationToken cancellationToken)
    {
        var rows = (await api.AllTargetsAsync(cancellationToken)).Select(t =>
        {
            var latest = t.ProgressUpdates.Count > 0 ? t.ProgressUpdates[0] : null;
            return new[]
            {
                t.Slug, t.Title, Number(t.Breakthrough?.Number), t.Breakthrough?.Title, t.Metric, t.Unit, Number(t.BaselineValue), Number(t.TargetValue),
                Number(t.DeadlineYear), t.ResponsibleBody, Code(t.Status), Date(latest?.Date), Number(latest?.Value), Time(t.UpdatedAtUtc), t.Url,
            };
        });
        return Write(
            ["slug", "title", "breakthroughNumber", "breakthroughTitle", "metric", "unit", "baselineValue", "targetValue", "deadlineYear",
                "responsibleBody", "status", "latestUpdateDate", "latestValue", "updatedAtUtc", "url"],
            rows);
    }

    /// <summary>One row per progress update, with its target's identity repeated.</summary>
    public async Task<byte[]> ProgressUpdatesAsync(CancellationToken cancellationToken)
    {
        var rows = (await api.AllTargetsAsync(cancellationToken))
            .SelectMany(t => t.ProgressUpdates.Select(p => new[] { t.Slug, t.Title, Date(p.Date), Number(p.Value), p.Note, p.Source }));
        return Write(["targetSlug", "targetTitle", "date", "value", "note", "source"], rows);
    }

    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Number(decimal? value) => value?.ToString(NumberFormat, CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The header and the rows, each already formatted as the class summary says; no text is altered.</summary>
    private static byte[] Write(string[] header, IEnumerable<string?[]> rows)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.None };
        using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field ?? "");
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }
}
