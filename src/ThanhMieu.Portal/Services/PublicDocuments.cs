using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Services;

/// <summary>The Vietnamese names of a document's type and status (public pages and admin screens alike).</summary>
public static class DocumentNames
{
    public static string Type(LegalDocumentType type) =>
        type switch
        {
            LegalDocumentType.Resolution => DocumentText.Type_Resolution,
            LegalDocumentType.Decision => DocumentText.Type_Decision,
            LegalDocumentType.Plan => DocumentText.Type_Plan,
            LegalDocumentType.Notice => DocumentText.Type_Notice,
            LegalDocumentType.Report => DocumentText.Type_Report,
            LegalDocumentType.BudgetDisclosure => DocumentText.Type_BudgetDisclosure,
            _ => DocumentText.Type_Other,
        };

    public static string Status(LegalDocumentStatus status) =>
        status switch
        {
            LegalDocumentStatus.Replaced => DocumentText.Status_Replaced,
            LegalDocumentStatus.Expired => DocumentText.Status_Expired,
            _ => DocumentText.Status_InForce,
        };

    /// <summary>A file's size as residents read it: "312 KB" under a megabyte, "2,4 MB" above.</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? VietnameseFormat.Text(DocumentText.Format_Kilobytes, VietnameseFormat.Number(Math.Max(1, Math.Round(bytes / 1024m))))
            : VietnameseFormat.Megabytes(bytes);

    /// <summary>A type as the public filter writes it in the address: its Vietnamese name as a slug ("nghi-quyet").</summary>
    public static string TypeSlug(LegalDocumentType type) => Slugifier.Slugify(Type(type));

    public static LegalDocumentType? TypeFromSlug(string slug) =>
        Enum.GetValues<LegalDocumentType>().Cast<LegalDocumentType?>().FirstOrDefault(t => TypeSlug(t!.Value) == slug);
}

/// <summary>
/// Queries of the documents register. A document shows unless it is archived (there are no drafts); its links to
/// other documents show only the ones that show. The search is a LIKE on the folded <see cref="LegalDocument.SearchText"/>
/// until full-text search replaces it.
/// </summary>
public sealed class PublicDocuments(PortalDbContext db, IOptions<PortalOptions> options)
{
    private const int MaxSearchWords = 10;

    /// <summary>The register's entries the public site shows: every one not archived.</summary>
    internal IQueryable<LegalDocument> Visible() => db.LegalDocuments.AsNoTracking().Where(d => !d.IsArchived);

    /// <summary>One page of the register under the filters, newest first; null when the page is past the last one.</summary>
    public async Task<DocumentListViewModel?> GetListAsync(DocumentQuery query, LegalDocumentType? type, CancellationToken cancellationToken)
    {
        var documents = Visible();
        if (type is { } t)
        {
            documents = documents.Where(d => d.Type == t);
        }

        if (!string.IsNullOrWhiteSpace(query.Issuer))
        {
            documents = documents.Where(d => d.IssuingBody == query.Issuer);
        }

        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            documents = documents.Where(d => d.Field == query.Field);
        }

        if (query.Year is { } year)
        {
            documents = documents.Where(d => d.SignedOn >= new DateOnly(year, 1, 1) && d.SignedOn <= new DateOnly(year, 12, 31));
        }

        // Every word must appear, in any order: "sap xep don vi" finds the summary with "cac" between, "1676/NQ" finds "1676-nq".
        foreach (var word in Slugifier.Fold(query.Q).Split('-', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxSearchWords))
        {
            documents = documents.Where(d => d.SearchText.Contains(word));
        }

        var pageSize = options.Value.DocumentsPageSize;
        var total = await documents.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (query.Page < 1 || query.Page > pageCount)
        {
            return null;
        }

        var page = await documents
            .OrderByDescending(d => d.SignedOn).ThenBy(d => d.DocumentNumber)
            .Skip((query.Page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        // The filters' choices in one command: the distinct (issuer, field, date) triples of a register of hundreds.
        var facets = await Visible().Select(d => new { d.IssuingBody, d.Field, d.SignedOn }).Distinct().ToListAsync(cancellationToken);
        var issuers = facets.Select(f => f.IssuingBody).Distinct().Order(StringComparer.Ordinal).ToList();
        var fields = facets.Where(f => f.Field != null).Select(f => f.Field!).Distinct().Order(StringComparer.Ordinal).ToList();
        var years = facets.Select(f => f.SignedOn.Year).Distinct().OrderDescending().ToList();
        return new DocumentListViewModel(query, page, pageCount, total, issuers, fields, years);
    }

    public async Task<DocumentViewModel?> GetDocumentAsync(string slug, CancellationToken cancellationToken)
    {
        var document = await Visible()
            .Include(d => d.Files.OrderBy(f => f.Id))
            .Include(d => d.Replaces)
            .Include(d => d.ReplacedBy.Where(r => !r.IsArchived).OrderBy(r => r.SignedOn))
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        return document is null ? null : new DocumentViewModel(document, document.Replaces is { IsArchived: false } replaces ? replaces : null);
    }

    /// <summary>The stored name of a visible document's file, with the name a download is saved under.</summary>
    public Task<(string FileName, string Slug)> FindFileAsync(string slug, int fileId, CancellationToken cancellationToken) =>
        db.LegalDocumentFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.LegalDocument!.Slug == slug && !f.LegalDocument.IsArchived)
            .Select(f => ValueTuple.Create(f.FileName, f.LegalDocument!.Slug))
            .FirstOrDefaultAsync(cancellationToken);
}
