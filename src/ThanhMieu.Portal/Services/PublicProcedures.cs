using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Services;

/// <summary>The procedures page: the one-stop desk and portals from the settings, and the procedures staff list.</summary>
public sealed class PublicProcedures(PortalDbContext db, SiteSettingsCache settings)
{
    /// <summary>
    /// The procedures that are not archived, in staff's order; with <paramref name="query"/>, those whose name, field,
    /// place or note has every word of it at the start of a word, diacritics ignored ("ho tich" finds the field written with its marks).
    /// </summary>
    public async Task<ProceduresViewModel> GetAsync(string? query, CancellationToken cancellationToken)
    {
        var procedures = db.Procedures.AsNoTracking().Where(p => !p.IsArchived);
        var words = Slugifier.Fold(query).Split('-', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var pattern = "% " + word + "%";
            procedures = procedures.Where(p => EF.Functions.Like(p.SearchText, pattern));
        }

        var list = await procedures.OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var anyListed = words.Length == 0 ? list.Count > 0 : await db.Procedures.AnyAsync(p => !p.IsArchived, cancellationToken);
        return new ProceduresViewModel(ContactDetails.For(await settings.GetAsync(cancellationToken)), list.Select(ProcedureItem.Of).ToList(), query?.Trim() ?? "", words.Length > 0, anyListed);
    }
}
