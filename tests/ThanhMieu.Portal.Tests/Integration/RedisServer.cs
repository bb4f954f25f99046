using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Debian's <c>redis-server</c> on a free loopback port, nothing saved to disk, killed on dispose. It can be stopped
/// and started again on the same port (an outage and a recovery). Missing, the test fails with one line saying how
/// to install it (test.sh and .ci/run install it).
/// </summary>
public sealed class RedisServer : IDisposable
{
    /// <summary>On loopback only, nothing written to disk, in the foreground (the test owns the process).</summary>
    private static readonly string[] Arguments = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"];

    private static readonly string[] Executables = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The connection string the portal is given (<c>ConnectionStrings:Redis</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        var executable = Executables.FirstOrDefault(File.Exists);
        if (executable is null)
        {
            Assert.Fail("redis-server is not installed: run 'apt-get install -y redis-server' (./test.sh does it when run as root), then the tests again.");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--port", Port.ToString(CultureInfo.InvariantCulture), .. Arguments])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await PingsAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        Stop();
        Assert.Fail($"redis-server did not answer on port {Port} within 10 s");
    }

    /// <summary>Kills the server (SIGKILL: an outage, not a tidy shutdown) and waits until the port is closed.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>How many keys match <paramref name="pattern"/> (redis-cli, installed with the server).</summary>
    public async Task<int> CountKeysAsync(string pattern)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "--raw", "KEYS", pattern])
        {
            start.ArgumentList.Add(argument);
        }

        using var cli = Process.Start(start)!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>Freezes the server (SIGSTOP): connections stay open and every command times out; data is kept.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>Lets a frozen server run again (SIGCONT).</summary>
    public void Resume() => Signal("CONT");

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Resume();
        }

        Stop();
    }

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process!.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private async Task<bool> PingsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
