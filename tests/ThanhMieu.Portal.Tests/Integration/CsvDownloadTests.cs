using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The CSV downloads of /du-lieu-mo, read back with CsvHelper: UTF-8 with a BOM, a file name to save under, RFC 4180
/// quoting that survives commas, quotes and line breaks, numbers in the invariant form, and an ETag like the API's.
/// </summary>
public sealed class CsvDownloadTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    /// <summary>A comma, a doubled quote, a line break (CRLF and LF) and Vietnamese letters: all that quoting must carry.</summary>
    private const string Awkward = "Ghi chú, có dấu phẩy; \"ngoặc kép\" và\r\nxuống dòng\nlần nữa";

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string fileName)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotNull(response.Headers.ETag);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return bytes;
    }

    /// <summary>Every record as a dictionary from column name to value.</summary>
    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes);
        var records = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            records.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return records;
    }

    [Fact]
    public async Task IndicatorsCsv_HasARowPerObservation_AndRoundTripsAnAwkwardNote()
    {
        var slug = "chi-tieu-csv-" + Unique();
        await factory.WithDbAsync(async db =>
        {
            var indicator = new Indicator { Name = "Chỉ tiêu, thử \"CSV\"", Slug = slug, Unit = "tỷ đồng" };
            indicator.Observations.Add(new Observation { Year = 2024, Value = 1234.50m, Qualifier = ValueQualifier.Over, Note = Awkward, Source = "Nguồn thử", SortOrder = 1 });
            indicator.Observations.Add(new Observation { StartYear = 2020, Year = 2025, Value = 20m, OutOf = 20m, Source = "Nguồn thử", SortOrder = 2 });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return 0;
        });

        var records = Read(await DownloadAsync(factory.CreateClient(), "/du-lieu-mo/chi-tieu.csv", "chi-tieu-thanh-tuu.csv"));

        var mine = records.Where(r => r["indicatorSlug"] == slug).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Equal("Chỉ tiêu, thử \"CSV\"", mine[0]["indicatorName"]);
        Assert.Equal(Awkward, mine[0]["note"]);
        Assert.Equal("1234.5", mine[0]["value"]);
        Assert.Equal("over", mine[0]["qualifier"]);
        Assert.Equal("", mine[0]["startYear"]);
        Assert.Equal("2024", mine[0]["year"]);
        Assert.Equal(("2020", "2025", "20", "20", "exact"), (mine[1]["startYear"], mine[1]["year"], mine[1]["value"], mine[1]["outOf"], mine[1]["qualifier"]));

        // Every seeded observation is there too, one row each.
        var observations = await factory.WithDbAsync(db => db.Observations.CountAsync(o => !o.Indicator!.IsArchived));
        Assert.Equal(observations, records.Count);
    }

    [Fact]
    public async Task TargetsCsv_HasARowPerTarget_AndTheUpdatesCsvARowPerUpdate_BothRoundTripping()
    {
        var slug = "muc-tieu-csv-" + Unique();
        await factory.WithDbAsync(async db =>
        {
            var target = new Target { Title = "Mục tiêu, \"thử\"\nhai dòng", Slug = slug, BaselineValue = 0.55m, TargetValue = 0.1m, Unit = "%", DeadlineYear = 2030, Status = TargetStatus.OnTrack };
            target.ProgressUpdates.Add(new ProgressUpdate { Date = new DateOnly(2026, 3, 1), Value = 0.27m, Note = Awkward, Source = "Báo cáo thử" });
            target.ProgressUpdates.Add(new ProgressUpdate { Date = new DateOnly(2025, 12, 31), Note = "Chưa có số", Source = "Báo cáo thử" });
            db.Targets.Add(target);
            db.Targets.Add(new Target { Title = "Mục tiêu lưu trữ CSV", Slug = slug + "-luu-tru", IsArchived = true });
            await db.SaveChangesAsync();
            return 0;
        });
        var client = factory.CreateClient();

        var targets = Read(await DownloadAsync(client, "/du-lieu-mo/muc-tieu.csv", "muc-tieu-2025-2030.csv"));
        var target = Assert.Single(targets, r => r["slug"] == slug);
        Assert.Equal("Mục tiêu, \"thử\"\nhai dòng", target["title"]);
        Assert.Equal(("0.55", "0.1", "2030", "onTrack"), (target["baselineValue"], target["targetValue"], target["deadlineYear"], target["status"]));
        Assert.Equal(("2026-03-01", "0.27"), (target["latestUpdateDate"], target["latestValue"]));
        Assert.DoesNotContain(targets, r => r["slug"] == slug + "-luu-tru");
        Assert.Equal(await factory.WithDbAsync(db => db.Targets.CountAsync(t => !t.IsArchived)), targets.Count);

        var updates = Read(await DownloadAsync(client, "/du-lieu-mo/cap-nhat-muc-tieu.csv", "cap-nhat-tien-do-muc-tieu.csv"))
            .Where(r => r["targetSlug"] == slug).ToList();
        Assert.Equal(["2026-03-01", "2025-12-31"], updates.Select(u => u["date"]));
        Assert.Equal(Awkward, updates[0]["note"]);
        Assert.Equal("", updates[1]["value"]);
    }

    [Fact]
    public async Task ACsvDownload_Answers304ToItsETag()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/du-lieu-mo/muc-tieu.csv");

        var again = new HttpRequestMessage(HttpMethod.Get, "/du-lieu-mo/muc-tieu.csv");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }
}
