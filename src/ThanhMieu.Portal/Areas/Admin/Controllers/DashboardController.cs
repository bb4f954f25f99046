namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(PortalDbContext db, TimeProvider time, ComplianceReport compliance) : AdminController
{
    /// <summary>What the portal publishes of each category the decree on state portals asks for, with what is missing.</summary>
    [HttpGet("tuan-thu")]
    public async Task<IActionResult> Compliance(CancellationToken cancellationToken) =>
        View(await compliance.BuildAsync(cancellationToken));

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Counted by the state staff see: a scheduled article whose time has come is published, not "scheduled".
        var now = time.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking();
        var drafts = await articles.Where(Article.InState(ArticleState.Draft, now))
            .OrderByDescending(a => a.UpdatedAtUtc).Take(10)
            .Select(a => new DashboardArticle(a.Id, a.Title, a.PublishedAtUtc, a.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
        var scheduled = await articles.Where(Article.InState(ArticleState.Scheduled, now))
            .OrderBy(a => a.PublishedAtUtc).Take(10)
            .Select(a => new DashboardArticle(a.Id, a.Title, a.PublishedAtUtc, a.UpdatedAtUtc))
            .ToListAsync(cancellationToken);
        var published = await articles.CountAsync(Article.InState(ArticleState.Published, now), cancellationToken);
        var activity = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Id).Take(15)
            .ToListAsync(cancellationToken);
        var report = await compliance.BuildAsync(cancellationToken);
        return View(new DashboardViewModel(drafts, scheduled, activity, published, report.WarningCount));
    }
}
