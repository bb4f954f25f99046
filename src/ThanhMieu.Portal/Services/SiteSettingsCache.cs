using Microsoft.Extensions.Caching.Memory;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// The site settings as every public page's footer reads them: kept in memory, dropped when a save commits on this
/// node, and read again after <see cref="PortalOptions.SettingsCacheSeconds"/> at the latest (so another node's save
/// shows within it).
/// </summary>
public sealed class SiteSettingsCache(IMemoryCache cache, PortalDbContext db, IOptions<PortalOptions> options)
{
    private static readonly object Key = new();

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            Key,
            async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.SettingsCacheSeconds);
                return await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? SiteSettings.Empty();
            }) ?? SiteSettings.Empty();

    public void Invalidate() => cache.Remove(Key);
}

/// <summary>Links of contact details.</summary>
public static class ContactLinks
{
    /// <summary>The tel: link of a phone number as staff typed it: its digits and a leading +.</summary>
    public static string Tel(string phone) =>
        "tel:" + (phone.TrimStart().StartsWith('+') ? "+" : "") + new string(phone.Where(char.IsAsciiDigit).ToArray());

    public static string Mailto(string email) => "mailto:" + email.Trim();
}
