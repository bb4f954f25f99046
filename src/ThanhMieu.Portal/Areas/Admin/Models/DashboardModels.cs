namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record DashboardArticle(int Id, string Title, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc);

public sealed record DashboardViewModel(
    IReadOnlyList<DashboardArticle> Drafts,
    IReadOnlyList<DashboardArticle> Scheduled,
    IReadOnlyList<AuditEntry> RecentActivity,
    int PublishedCount,
    int ComplianceWarnings);

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

/// <summary>The categories of content Decree 42/2022/ND-CP asks a state portal to publish, as /admin/tuan-thu lists them.</summary>
public enum ComplianceArea
{
    Introduction,
    Organisation,
    Leaders,
    Contacts,
    Announcements,
    Documents,
    Procedures,
    BudgetDisclosure,
    Questions,
    EnglishPages,
}

/// <summary>
/// One category: how many items residents can see (for contacts, how many of the details are filled in), when it was
/// last updated, and the warnings in words; no warning means the category is in order.
/// </summary>
public sealed record ComplianceRow(ComplianceArea Area, int Count, DateTime? UpdatedAtUtc, IReadOnlyList<string> Warnings)
{
    public bool IsInOrder => Warnings.Count == 0;
}

public sealed record ComplianceViewModel(IReadOnlyList<ComplianceRow> Rows, int StaleAfterDays)
{
    public int WarningCount => Rows.Count(r => !r.IsInOrder);
}

/// <summary>A category's words, the admin screen where staff fill it in, and the public page that shows it.</summary>
public sealed record ComplianceAreaInfo(string Label, string Asks, string AdminController, string AdminAction, string PublicRoute)
{
    public static ComplianceAreaInfo Of(ComplianceArea area) => area switch
    {
        ComplianceArea.Introduction => new(AdminText.Compliance_Introduction, AdminText.Compliance_Introduction_Asks, "FormerUnits", "Index", RouteNames.About),
        ComplianceArea.Organisation => new(AdminText.Compliance_Organisation, AdminText.Compliance_Organisation_Asks, "Organisations", "Index", RouteNames.Organisation),
        ComplianceArea.Leaders => new(AdminText.Compliance_Leaders, AdminText.Compliance_Leaders_Asks, "Organisations", "Index", RouteNames.Organisation),
        ComplianceArea.Contacts => new(AdminText.Compliance_Contacts, AdminText.Compliance_Contacts_Asks, "SiteSettings", "Edit", RouteNames.Contacts),
        ComplianceArea.Announcements => new(AdminText.Compliance_Announcements, AdminText.Compliance_Announcements_Asks, "Articles", "Index", RouteNames.Announcements),
        ComplianceArea.Documents => new(AdminText.Compliance_Documents, AdminText.Compliance_Documents_Asks, "LegalDocuments", "Index", RouteNames.Documents),
        ComplianceArea.Procedures => new(AdminText.Compliance_Procedures, AdminText.Compliance_Procedures_Asks, "Procedures", "Index", RouteNames.Procedures),
        ComplianceArea.BudgetDisclosure => new(AdminText.Compliance_Budget, AdminText.Compliance_Budget_Asks, "LegalDocuments", "Index", RouteNames.Documents),
        ComplianceArea.Questions => new(AdminText.Compliance_Questions, AdminText.Compliance_Questions_Asks, "Questions", "Index", RouteNames.Questions),
        ComplianceArea.EnglishPages => new(AdminText.Compliance_English, AdminText.Compliance_English_Asks, "Organisations", "Index", RouteNames.EnglishAbout),
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };
}
