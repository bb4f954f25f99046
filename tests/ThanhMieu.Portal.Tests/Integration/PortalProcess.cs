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
        var start = StartInfo(dataFolder, args, environment, "http://127.0.0.1:0");
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

    /// <summary>Starts the portal serving on a free loopback port; the caller waits for it and kills it.</summary>
    public static RunningPortal Start(string dataFolder, Dictionary<string, string>? environment = null)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Process.Start(StartInfo(dataFolder, [], environment, address.ToString().TrimEnd('/')))!;
        process.StandardInput.Close();
        return new RunningPortal(process, address);
    }

    private static ProcessStartInfo StartInfo(string dataFolder, string[] args, Dictionary<string, string>? environment, string urls)
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
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment.Remove("PORTAL_ADMIN_PASSWORD");
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        return start;
    }
}

/// <summary>A portal process serving on <see cref="Address"/>, killed (SIGKILL) when disposed if still running.</summary>
public sealed class RunningPortal(Process process, Uri address) : IDisposable
{
    public Uri Address => address;

    /// <summary>Output is drained so that the process never blocks on a full pipe.</summary>
    private readonly Task<string> _output = process.StandardOutput.ReadToEndAsync();
    private readonly Task<string> _error = process.StandardError.ReadToEndAsync();

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with the process's output otherwise.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the portal exited with {process.ExitCode}:\n{await OutputAsync()}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Kill();
        Assert.Fail($"the portal was not ready within {timeout}:\n{await OutputAsync()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the OOM killer would do it.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        SqliteConnection.ClearAllPools();
    }

    public async Task<string> OutputAsync() => await _output + await _error;

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
