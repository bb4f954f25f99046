using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// A content change and its audit entry commit together or not at all. The audit entry is written by a second save
/// inside the first one's transaction (it needs the new row's key); a process that dies between the two, simulated
/// here by a failure at exactly that point, leaves the database as it was: SQLite rolls back an uncommitted
/// transaction whether the writer threw or was killed.
/// </summary>
public sealed class SaveAtomicityTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task FailureBetweenContentAndAuditWrite_LeavesNeither()
    {
        var tagId = await factory.WithDbAsync(db => db.Tags.Select(t => t.Id).FirstAsync());
        var name = await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == tagId).Select(t => t.Name).SingleAsync());

        await using (var db = Context(new FailAtAuditWrite()))
        {
            var tag = await db.Tags.SingleAsync(t => t.Id == tagId);
            tag.Name = name + " (đổi)";
            await Assert.ThrowsAsync<IOException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(name, await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == tagId).Select(t => t.Name).SingleAsync()));
        Assert.Equal(0, await AuditCountAsync(tagId));
    }

    [Fact]
    public async Task NewItemAndItsAuditEntry_CommitTogether()
    {
        int id;
        await using (var db = Context())
        {
            var tag = new Tag { Name = "Thẻ nguyên vẹn " + Guid.NewGuid().ToString("N")[..6], Slug = "the-nguyen-ven-" + Guid.NewGuid().ToString("N")[..6] };
            db.Tags.Add(tag);
            await db.SaveChangesAsync();
            id = tag.Id;
        }

        Assert.Equal(1, await AuditCountAsync(id));
    }

    private Task<int> AuditCountAsync(int tagId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == nameof(Tag) && a.EntityId == tagId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The app's context on the app's database, as a signed-in editor, with an extra interceptor.</summary>
    private SqlitePortalDbContext Context(IInterceptor? extra = null)
    {
        var services = factory.Services;
        string connection;
        using (var scope = services.CreateScope())
        {
            connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
        }

        var http = new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new(ClaimTypes.NameIdentifier, "u-atomic"), new(ClaimTypes.Name, "nguyen-tu@example.org")], "Test")),
            },
        };
        var time = TimeProvider.System;
        IInterceptor[] interceptors = [new VersioningInterceptor(time, http), new AuditInterceptor(http, time), .. extra is null ? [] : new[] { extra }];
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options;
        return new SqlitePortalDbContext(options);
    }

    /// <summary>Fails the save that writes the audit entries, after the content's own write has run.</summary>
    private sealed class FailAtAuditWrite : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added)
                ? throw new IOException("The process died before the audit entry was written.")
                : ValueTask.FromResult(result);
    }
}
