using Microsoft.AspNetCore.Authorization;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/nhat-ky")]
[Authorize(Roles = Roles.Administrator)]
public sealed class AuditController(PortalDbContext db, IOptions<AdminOptions> options) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(a => a.UserName.Contains(filter.User));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (filter.From is { } from)
        {
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), VietnameseFormat.VietnamTime);
            query = query.Where(a => a.AtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnameseFormat.VietnamTime);
            query = query.Where(a => a.AtUtc < toUtc);
        }

        var pageSize = options.Value.PageSize;
        var paging = Paging.For(filter.Page, pageSize, await query.CountAsync(cancellationToken));
        var entries = await query.OrderByDescending(a => a.Id).Skip(paging.Skip(pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType != "")
            .Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return View(new AuditListViewModel(filter, entries, paging, types));
    }
}
