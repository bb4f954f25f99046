using Microsoft.Extensions.Caching.Memory;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// The site settings as every public page's footer reads them: kept in memory until the next committed save that
/// changed anything, on this node or (with Redis) on another (<see cref="ContentChanges"/>), so an edit shows at the
/// next request on every node. <see cref="PortalOptions.SettingsCacheSeconds"/> bounds how long a node that missed the
/// message (Redis down) shows the old settings.
/// </summary>
public sealed class SiteSettingsCache(IMemoryCache cache, ContentChanges changes, PortalDbContext db, IOptions<PortalOptions> options)
{
    private static readonly object Key = new();

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            Key,
            async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.SettingsCacheSeconds);
                entry.AddExpirationToken(changes.Token);
                return await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? SiteSettings.Empty();
            }) ?? SiteSettings.Empty();
}

/// <summary>Links of contact details.</summary>
public static class ContactLinks
{
    /// <summary>The tel: link of a phone number as staff typed it: its digits and a leading +.</summary>
    public static string Tel(string phone) =>
        "tel:" + (phone.TrimStart().StartsWith('+') ? "+" : "") + new string(phone.Where(char.IsAsciiDigit).ToArray());

    public static string Mailto(string email) => "mailto:" + email.Trim();
}
