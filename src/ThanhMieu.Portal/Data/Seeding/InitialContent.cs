using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Data.Seeding;

// Placeholder until the seed content lands; replaced by the full content.
internal static class InitialContent
{
    public static void AddTo(PortalDbContext db, IMarkdownRenderer renderer, DateTime nowUtc)
    {
        _ = db;
        _ = renderer;
        _ = nowUtc;
    }
}
