using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(PortalDbContext db, TimeProvider time) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking();
        var drafts = await articles.Where(a => a.Status == ArticleStatus.Draft)
            .OrderByDescending(a => a.UpdatedAtUtc).Take(10)
            .Select(a => new DashboardArticle(a.Id, a.Title, a.Status, a.PublishedAtUtc, a.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
        var scheduled = await articles.Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAtUtc > now)
            .OrderBy(a => a.PublishedAtUtc).Take(10)
            .Select(a => new DashboardArticle(a.Id, a.Title, a.Status, a.PublishedAtUtc, a.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
        var published = await articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);
        var activity = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Id).Take(15)
            .ToListAsync(cancellationToken);
        return View(new DashboardViewModel(drafts, scheduled, activity, published));
    }
}
