using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ThanhMieu.Portal.Bench;

/// <summary>Generated rows written straight into a seeded SQLite file: articles of Vietnamese text, and the scale benchmark's large dataset.</summary>
internal static class Dataset
{
    private static readonly string[] Words =
    [
        "phường", "thanh", "miếu", "phát", "triển", "kinh", "tế", "dịch", "vụ", "du", "lịch", "đô", "thị", "văn", "minh", "hiện", "đại",
        "chuyển", "đổi", "số", "cải", "cách", "hành", "chính", "hạ", "tầng", "giao", "thông", "đường", "dương", "sông", "lô", "bến", "chợ",
        "trường", "học", "y", "tế", "nhân", "dân", "cán", "bộ", "đảng", "viên", "nhiệm", "kỳ", "mục", "tiêu", "kế", "hoạch", "năm",
        "thôn", "khu", "phố", "lễ", "hội", "di", "sản", "đền", "chùa", "đình", "môi", "trường", "xanh", "sạch", "đẹp", "an", "ninh",
        "trật", "tự", "doanh", "nghiệp", "hộ", "gia", "đình", "nông", "nghiệp", "thương", "mại", "công", "nghệ", "dữ", "liệu", "mới",
    ];

    private static readonly string[] Parameters = ["@Title", "@Slug", "@Summary", "@Body", "@Html", "@PublishedAtUtc", "@Stamp"];

    /// <summary>
    /// <paramref name="count"/> published articles copied from a seeded article's row (so every column has a value), with
    /// generated titles, summaries and bodies; the search entries are then deleted, for the portal's start to rebuild.
    /// </summary>
    public static void AddArticles(string database, int count)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(Articles)";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(1));
            }
        }

        string[] set = ["Title", "Slug", "Summary", "BodyMarkdown", "BodyHtml", "HeadingsJson", "PublishedAtUtc", "ConcurrencyStamp", "IsPinned"];
        var copied = columns.Where(c => c != "Id" && !set.Contains(c)).ToList();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText =
            $"INSERT INTO Articles ({string.Join(", ", set.Concat(copied))}) "
            + $"SELECT @Title, @Slug, @Summary, @Body, @Html, '[]', @PublishedAtUtc, @Stamp, 0, {string.Join(", ", copied)} "
            + "FROM Articles WHERE Slug = 'phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong'";
        var parameters = Parameters.Select(name => insert.Parameters.Add(new SqliteParameter(name, ""))).ToArray();
        var random = new Random(20250701);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var title = Sentence(random, 8, 14);
            var body = string.Join("\n\n", Enumerable.Range(0, 4).Select(_ => Sentence(random, 30, 50) + "."));
            parameters[0].Value = title;
            parameters[1].Value = "bai-do-" + i.ToString(CultureInfo.InvariantCulture);
            parameters[2].Value = Sentence(random, 15, 25) + ".";
            parameters[3].Value = body;
            parameters[4].Value = "<p>" + body.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>";
            parameters[5].Value = start.AddMinutes(random.Next(0, 5 * 365 * 24 * 60));
            parameters[6].Value = Guid.NewGuid().ToString();
            insert.ExecuteNonQuery();
        }

        using (var clear = connection.CreateCommand())
        {
            clear.CommandText = "DELETE FROM SearchEntries";
            clear.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// The large dataset of the scale benchmark, beside the seed: indicators up to <paramref name="indicators"/>, each
    /// new one with <paramref name="years"/> yearly observations; heritage sites and festivals up to
    /// <paramref name="sites"/> each (a festival with one date); <paramref name="auditEntries"/> audit entries.
    /// Rows are copies of a seeded row with their names, slugs and values changed, so every column has a value.
    /// </summary>
    public static void AddScaleRows(string database, int indicators, int years, int sites, int auditEntries)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var random = new Random(20251203);
        var newIndicators = Grow(connection, "Indicators", indicators, i => new() { ["Name"] = "Chỉ số " + Sentence(random, 3, 6), ["Slug"] = "chi-so-do-" + i });
        var firstObservation = Scalar(connection, "SELECT MIN(Id) FROM Observations");
        foreach (var indicator in newIndicators)
        {
            for (var year = 0; year < years; year++)
            {
                Copy(connection, "Observations", firstObservation, new()
                {
                    ["IndicatorId"] = indicator,
                    ["Year"] = 2016 + year,
                    ["StartYear"] = DBNull.Value,
                    ["Value"] = Math.Round(random.NextDouble() * 1000, 1),
                });
            }
        }

        Grow(connection, "HeritageSites", sites, i => new() { ["Name"] = "Di tích " + Sentence(random, 2, 4), ["Slug"] = "di-tich-do-" + i });
        var firstDate = Scalar(connection, "SELECT MIN(Id) FROM FestivalDates");
        foreach (var festival in Grow(connection, "Festivals", sites, i => new() { ["Name"] = "Lễ hội " + Sentence(random, 2, 4), ["Slug"] = "le-hoi-do-" + i }))
        {
            Copy(connection, "FestivalDates", firstDate, new() { ["FestivalId"] = festival });
        }

        using var audit = connection.CreateCommand();
        audit.CommandText = "INSERT INTO AuditEntries (AtUtc, UserId, UserName, Action, EntityType, EntityId, Summary, IpAddress) "
            + "VALUES (@At, NULL, 'Biên tập viên đo', @Action, 'Article', @Entity, @Summary, '127.0.0.1')";
        var at = audit.Parameters.Add(new SqliteParameter("@At", ""));
        var action = audit.Parameters.Add(new SqliteParameter("@Action", ""));
        var entity = audit.Parameters.Add(new SqliteParameter("@Entity", 0));
        var summary = audit.Parameters.Add(new SqliteParameter("@Summary", ""));
        string[] actions = ["Create", "Update", "Publish", "Archive"];
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < auditEntries; i++)
        {
            at.Value = start.AddMinutes(i * 20);
            action.Value = actions[i % actions.Length];
            entity.Value = 1 + (i % 10_000);
            summary.Value = Sentence(random, 4, 10);
            audit.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Copies the table's first row until it holds <paramref name="total"/> rows; the new rows' ids.</summary>
    private static List<long> Grow(SqliteConnection connection, string table, int total, Func<int, Dictionary<string, object>> values)
    {
        var first = Scalar(connection, $"SELECT MIN(Id) FROM {table}");
        var ids = new List<long>();
        for (var i = (int)Scalar(connection, $"SELECT COUNT(*) FROM {table}"); i < total; i++)
        {
            ids.Add(Copy(connection, table, first, values(i)));
        }

        return ids;
    }

    private static long Copy(SqliteConnection connection, string table, long sourceId, Dictionary<string, object> values)
    {
        var columns = Columns(connection, table).Where(c => c != "Id").ToList();
        using var insert = connection.CreateCommand();
        // Quoted: some column names are SQL words ("Group").
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT "
            + string.Join(", ", columns.Select(c => values.ContainsKey(c) ? "@" + c : $"\"{c}\""))
            + $" FROM {table} WHERE Id = {sourceId}; SELECT last_insert_rowid();";
        foreach (var (column, value) in values)
        {
            insert.Parameters.AddWithValue("@" + column, value);
        }

        return (long)insert.ExecuteScalar()!;
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var info = connection.CreateCommand();
        info.CommandText = $"PRAGMA table_info({table})";
        using var reader = info.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(1));
        }

        return columns;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Sentence(Random random, int min, int max)
    {
        var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpper(words[0][0], CultureInfo.GetCultureInfo("vi-VN")) + words[0][1..];
        return string.Join(' ', words);
    }
}
