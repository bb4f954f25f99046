namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record DashboardArticle(int Id, string Title, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc);

public sealed record DashboardViewModel(
    IReadOnlyList<DashboardArticle> Drafts,
    IReadOnlyList<DashboardArticle> Scheduled,
    IReadOnlyList<AuditEntry> RecentActivity,
    int PublishedCount);

public sealed record Paging(int Page, int PageCount, int TotalCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public static Paging For(int page, int pageSize, int totalCount)
    {
        var pageCount = Math.Max(1, (totalCount + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(page, 1, pageCount), pageCount, totalCount);
    }

    public int Skip(int pageSize) => (Page - 1) * pageSize;
}

public sealed class AuditFilter
{
    public string? User { get; set; }

    public AuditAction? Action { get; set; }

    public string? EntityType { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditListViewModel(AuditFilter Filter, IReadOnlyList<AuditEntry> Entries, Paging Paging, IReadOnlyList<string> EntityTypes);
