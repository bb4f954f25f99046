using System.Net;
using Serilog.Events;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The request log stays one structured event per page, cached hits included, while static assets stay below
/// Information (the shipped minimum), so a page's stylesheet, fonts and images write nothing.
/// </summary>
public sealed class RequestLogCostTests(LoggedPortal portal) : IClassFixture<LoggedPortal>
{
    [Fact]
    public async Task ACachedHit_IsLoggedOnce_AtInformation_WithItsCorrelationId()
    {
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lien-he")).StatusCode);
        await portal.Log.RequestEventAsync("/lien-he");
        var hit = await client.GetAsync("/lien-he");
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);

        for (var attempt = 0; attempt < 100 && portal.Log.RequestEvents("/lien-he").Count < 2; attempt++)
        {
            await Task.Delay(50);
        }

        var events = portal.Log.RequestEvents("/lien-he");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(LogEventLevel.Information, e.Level));
        Assert.Equal(2, events.Select(e => CapturedLog.Scalar(e, "CorrelationId")).Where(id => !string.IsNullOrEmpty(id)).Distinct().Count());
    }

    [Fact]
    public async Task AStaticAsset_WritesNoRequestEvent()
    {
        var client = portal.CreateClient();
        var href = (await client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);

        // A page requested after it is logged; by then the asset's event, were it written, would be there too.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gioi-thieu")).StatusCode);
        await portal.Log.RequestEventAsync("/gioi-thieu");
        Assert.Empty(portal.Log.RequestEvents(href));
    }
}

/// <summary>The instrumented portal as a class fixture (xunit needs a parameterless constructor).</summary>
public sealed class LoggedPortal() : InstrumentedPortal();
