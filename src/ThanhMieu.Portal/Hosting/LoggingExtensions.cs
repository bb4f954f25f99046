using Serilog;

namespace ThanhMieu.Portal.Hosting;

public static class LoggingExtensions
{
    /// <summary>Serilog from the <c>Serilog</c> configuration section (levels, sinks, overrides).</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: every host builds its own logger, so several hosts in one process
        // (the integration tests) never freeze or replace each other's; the static one stays the bootstrap logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
