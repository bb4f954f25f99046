using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ThanhMieu.Portal.Bench;

// What every benchmark here needs: arguments, the repository, a free port, percentiles, processes, and the portal started.
internal static class Args
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

internal static class Paths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThanhMieu.Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: ThanhMieu.Portal.sln not found above " + AppContext.BaseDirectory);
    }
}

internal static class Ports
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

internal static class Run
{
    public static Process Start(string file, string[] arguments, string workingDirectory, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + file);

        // The portal logs every request to the console; the output is drained so the pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("[portal] " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task CheckedAsync(string file, string[] arguments, string workingDirectory, Dictionary<string, string>? environment = null)
    {
        using var process = Start(file, arguments, workingDirectory, environment);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }
    }
}

internal static partial class Portal
{
    /// <summary>Builds the portal in Release (unless <paramref name="skipBuild"/>); its project folder, its dll and a new temporary data folder.</summary>
    public static async Task<(string Project, string Dll, string Data)> BuildAsync(bool skipBuild)
    {
        var root = Paths.RepositoryRoot();
        var project = Path.Combine(root, "src", "ThanhMieu.Portal");
        if (!skipBuild)
        {
            await Run.CheckedAsync("dotnet", ["build", project, "--configuration", "Release", "--nologo", "-v", "quiet"], root);
        }

        var data = Path.Combine(Path.GetTempPath(), "thanhmieu-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        return (project, Path.Combine(project, "bin", "Release", "net10.0", "ThanhMieu.Portal.dll"), data);
    }

    public static async Task WaitUntilUpAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 900; attempt++)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The portal did not start within 3 minutes.");
    }
}
