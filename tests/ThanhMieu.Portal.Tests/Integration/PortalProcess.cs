using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>The built portal run as its own process, as an operator runs it, on a given data folder.</summary>
public static class PortalProcess
{
    /// <summary>
    /// Runs the portal with <paramref name="args"/> until it exits (or <paramref name="timeout"/>, default two
    /// minutes, after which it is killed and the test fails), writing <paramref name="input"/> to its standard input.
    /// </summary>
    public static async Task<(int Exit, string Output)> RunAsync(
        string dataFolder, string[] args, Dictionary<string, string>? environment = null, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment.Remove("PORTAL_ADMIN_PASSWORD");
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail("the portal did not exit in time:\n" + await output + await error);
        }

        SqliteConnection.ClearAllPools();
        return (process.ExitCode, await output + await error);
    }
}
