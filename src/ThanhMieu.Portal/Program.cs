using Serilog;
using ThanhMieu.Portal.Hosting;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.AddPortalHosting();
    builder.AddPortalData();
    builder.AddPortalIdentity();
    builder.AddPortalWeb();
    builder.AddPortalOutputCaching();
    builder.AddPortalAdmin();
    builder.AddPortalRateLimiting();
    builder.AddPortalHealthChecks();
    builder.AddPortalScaleOut();

    var app = builder.Build();
    app.WarmPortalModel();
    if (AdminCommand.IsRequested(args))
    {
        return await AdminCommand.RunAsync(app, args);
    }

    if (BackupCommand.IsRequested(args))
    {
        return await BackupCommand.RunAsync(app, args);
    }

    app.UsePortalPipeline();
    await app.InitializePortalDatabaseAsync();
    await app.RunAsync();
    return 0;
}
catch (StartupFaultException fault)
{
    // A fault the operator can fix: one line saying what is wrong and what to do, and a plain non-zero exit.
    Log.Fatal("The portal cannot start: {Reason}", fault.Message);
    return StartupFaultException.ExitCode;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point; public so integration tests can host the app.</summary>
public partial class Program;
