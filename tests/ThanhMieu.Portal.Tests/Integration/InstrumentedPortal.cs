using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The portal with what only tests need: every Serilog event kept in <see cref="Log"/>, and the endpoints of
/// <see cref="TestEndpointsController"/> (a failure, an abandoned request, the general rate limit).
/// </summary>
public class InstrumentedPortal(IDictionary<string, string?>? settings = null) : PortalFactory(settings: settings)
{
    public CapturedLog Log { get; } = new();

    /// <summary>Serves the portal on a real loopback socket (Kestrel) and returns a client of it that keeps no cookies.</summary>
    public HttpClient StartOnSocket()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Log);
            services.AddControllers().AddApplicationPart(typeof(TestEndpointsController).Assembly);
        });
    }
}

/// <summary>Every event the app's Serilog logger wrote.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The request events (one per request) for <paramref name="path"/>.</summary>
    public IReadOnlyList<LogEvent> RequestEvents(string path) =>
        [.. _events.Where(e => e.MessageTemplate.Text == LoggingExtensions.RequestTemplate && Scalar(e, "RequestPath") == path)];

    /// <summary>Waits (up to five seconds) for the request event of <paramref name="path"/>: it is written after the response.</summary>
    public async Task<LogEvent> RequestEventAsync(string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (RequestEvents(path) is [var only])
            {
                return only;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"expected one request event for {path}, found {RequestEvents(path).Count} among {_events.Count}: "
            + string.Join(" | ", _events.TakeLast(5).Select(e => e.MessageTemplate.Text + " " + string.Join(",", e.Properties.Select(p => p.Key + "=" + p.Value)))));
        return null!;
    }

    public static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var scalar } ? Convert.ToString(scalar, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>Endpoints that only the tests' hosts have.</summary>
[Route("kiem-thu")]
public sealed class TestEndpointsController : Controller
{
    public const string SecretDetail = "secret-detail-4711";

    [HttpGet("loi")]
    public IActionResult Fail() => throw new InvalidOperationException(SecretDetail + " on " + Request.Path);

    /// <summary>The client goes away mid-request and the work it started is cancelled.</summary>
    [HttpGet("huy")]
    public IActionResult Abandon()
    {
        HttpContext.Abort();
        HttpContext.RequestAborted.ThrowIfCancellationRequested();
        return Ok();
    }

    [HttpGet("gioi-han")]
    [EnableRateLimiting(RateLimitPolicies.General)]
    public IActionResult Limited() => Content("ok");
}

public static class HttpRequests
{
    /// <summary>A GET with extra headers, e.g. the ones a reverse proxy adds.</summary>
    public static HttpRequestMessage Get(string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The Set-Cookie header of the cookie named <paramref name="name"/> (or starting so), or null.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(name, StringComparison.Ordinal))
            : null;

    public static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    /// <summary>The name=value part of a Set-Cookie header, to send back in a Cookie header.</summary>
    public static string CookiePair(string setCookie) => setCookie.Split(';')[0];

    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
