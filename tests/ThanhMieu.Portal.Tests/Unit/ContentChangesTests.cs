using Microsoft.Extensions.Caching.Memory;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class ContentChangesTests
{
    [Fact]
    public void Raise_DropsTheEntriesThatHoldTheToken_AndLaterEntriesStay()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        using var changes = new ContentChanges();
        cache.Set("settings", "old", new MemoryCacheEntryOptions().AddExpirationToken(changes.Token));

        changes.Raise();

        Assert.False(cache.TryGetValue("settings", out _));
        cache.Set("settings", "new", new MemoryCacheEntryOptions().AddExpirationToken(changes.Token));
        Assert.Equal("new", cache.Get<string>("settings"));
    }

    [Fact]
    public async Task AnEntryReadAcrossARaise_IsNotKept()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        using var changes = new ContentChanges();

        var read = await cache.GetOrCreateAsync("settings", entry =>
        {
            entry.AddExpirationToken(changes.Token);
            changes.Raise();
            return Task.FromResult("read before the save committed");
        });

        Assert.Equal("read before the save committed", read);
        Assert.False(cache.TryGetValue("settings", out _));
    }
}
