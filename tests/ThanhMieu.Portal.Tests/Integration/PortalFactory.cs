using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Data;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The real app over HTTP on its own SQLite file in a temporary folder, deleted on dispose.
/// Pass a folder to share one database between two factories (e.g. to restart the app).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings;

    static PortalFactory()
    {
        // Each app instance watches its files for changes (appended versions of CSS, configuration); with many
        // instances in one test run, inotify's per-user limit (128) runs out. Polling needs no inotify instance.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public PortalFactory(string? dataFolder = null, IDictionary<string, string?>? settings = null)
    {
        _ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? CreateTempFolder();
        // Tests sign in and ask far more often than people do; the rate limit tests set their own small limits.
        _settings = new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerAddress"] = "100000",
            ["RateLimits:SignInPerAccount"] = "100000",
            ["RateLimits:QuestionsPerAddress"] = "100000",
            ["RateLimits:GeneralPerAddress"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _settings["Database:DataFolder"] = DataFolder;
    }

    public string DataFolder { get; }

    public static string CreateTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thanhmieu-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="action"/> against the app's own database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The id of the <typeparamref name="T"/> with <paramref name="slug"/> (seeded content is found this way).</summary>
    public Task<int> IdOfAsync<T>(string slug)
        where T : class =>
        WithDbAsync(db => db.Set<T>().Where(e => EF.Property<string>(e, "Slug") == slug).Select(e => EF.Property<int>(e, "Id")).SingleAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, MapStaticAssets only knows a build's files through the static web assets manifest; without
        // it, a client that accepts gzip (every browser) got each .css and .js as an empty 200.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            DeleteFolder(DataFolder);
        }
    }
}

/// <summary>A seeded portal shared by the tests of one class (xunit fixtures need a parameterless constructor).</summary>
public sealed class SeededPortal : PortalFactory;
