using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Bench;

/// <summary>One wrk run as its report gives it.</summary>
internal sealed record WrkResult(long Requests, double PerSecond, string P50, string P99, long NonSuccess, long SocketErrors, string Report)
{
    public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {Requests:N0} requests, {PerSecond:F0} requests/s, p50 {P50}, p99 {P99}, {NonSuccess} non-2xx/3xx, {SocketErrors} socket errors");

    public IEnumerable<string> Problems(string run)
    {
        if (NonSuccess > 0)
        {
            yield return $"{run}: {NonSuccess} responses were not 2xx or 3xx";
        }

        if (SocketErrors > 0)
        {
            yield return $"{run}: {SocketErrors} socket errors";
        }
    }
}

/// <summary>wrk on loopback: a script cycling through paths, one run, its report read.</summary>
internal static partial class Wrk
{
    /// <summary>A wrk script that cycles through the pages, asking for compressed answers as browsers do.</summary>
    public static string Script(IReadOnlyList<string> paths)
    {
        var file = Path.Combine(Path.GetTempPath(), $"thanhmieu-load-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder("wrk.headers[\"Accept-Encoding\"] = \"gzip, br\"\npaths = {\n");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }

        lua.Append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        File.WriteAllText(file, lua.ToString());
        return file;
    }

    public static async Task<WrkResult> RunAsync(string url, string script, int threads, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency", "-s", script, url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(start)!;
        var report = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var requests = Number(RequestCount().Match(report));
        var socket = SocketErrors().Match(report) is { Success: true } errors
            ? errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(
            requests,
            double.Parse(PerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile("50", report),
            Percentile("99", report),
            Number(NonSuccess().Match(report)),
            socket,
            report);
    }

    private static string Percentile(string percent, string report) =>
        Regex.Match(report, $@"^\s+{percent}%\s+(\S+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "?";

    private static long Number(Match match) => match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
