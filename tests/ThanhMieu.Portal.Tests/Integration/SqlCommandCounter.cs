using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Data;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Every SQL command the app's context sends, with the request (path and query) it was sent for; commands sent
/// outside a request (start-up, the tests' own reads) are kept under an empty key.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Request, string Sql)> _commands = new();

    /// <summary>The commands sent so far for <paramref name="pathAndQuery"/>.</summary>
    public IReadOnlyList<string> For(string pathAndQuery) =>
        [.. _commands.Where(c => c.Request == pathAndQuery).Select(c => c.Sql)];

    /// <summary>Every command sent since the last <see cref="Clear"/>, for any request or none.</summary>
    public int Count => _commands.Count;

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        var request = http.HttpContext?.Request is { } r ? r.Path.Value + r.QueryString.Value : "";
        _commands.Enqueue((request, command.CommandText));
        return result;
    }
}

/// <summary>The seeded portal with output caching off (every page is built) and <see cref="SqlCommandCounter"/> on its context.</summary>
public sealed class CountingPortal() : PortalFactory(settings: new Dictionary<string, string?> { ["Portal:OutputCaching:Enabled"] = "false" })
{
    public SqlCommandCounter Commands => Services.GetRequiredService<SqlCommandCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandCounter>();
            services.ConfigureDbContext<SqlitePortalDbContext>((sp, db) => db.AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
        });
    }
}
