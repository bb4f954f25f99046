namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Festivals, shown with their heritage site, or on /di-san among "other festivals" when held at none.</summary>
public sealed class FestivalAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Festival, FestivalForm, FestivalFilter, FestivalEditPage>(db, options)
{
    protected override string Noun => ContentText.Festival_Noun;

    protected override string NameOf(Festival entity) => entity.Name;

    public override async Task<IListPage> ListAsync(FestivalFilter filter, CancellationToken cancellationToken)
    {
        var query = UnderParent(Search(Db.Festivals.AsNoTracking(), filter.Q, nameof(Festival.Name)), filter.Site, f => f.HeritageSiteId);
        return await PageOfAsync(
            filter,
            query,
            q => q.OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
                .Select(f => new FestivalRow(
                    f.Id, f.Name, f.HeritageSite == null ? null : f.HeritageSite.Name, VietnameseFormat.LunarDays(f.Dates.ToList(), f.LunarDate), f.IsArchived)),
            [ParentSelect(nameof(filter.Site), ContentText.Festival_NoSite, await SiteChoicesAsync(cancellationToken), filter.Site)],
            cancellationToken);
    }

    /// <summary>The site chosen when coming from that site's edit screen (?site=).</summary>
    public const string SiteQuery = "site";

    protected override Task<FestivalForm> NewFormAsync(Func<string, string?> query, CancellationToken cancellationToken) =>
        Task.FromResult(new FestivalForm
        {
            HeritageSiteId = int.TryParse(query(SiteQuery), NumberStyles.None, CultureInfo.InvariantCulture, out var site) ? site : null,
        });

    protected override IQueryable<Festival> ForEditing(IQueryable<Festival> entities) => entities.Include(f => f.HeritageSite).Include(f => f.Dates);

    protected override Task ValidateAsync(FestivalForm form, Festival? entity, FormState state, CancellationToken cancellationToken) =>
        RequireExistingAsync<HeritageSite>(form.HeritageSiteId, nameof(form.HeritageSiteId), ContentText.Festival_Site_Gone, state, cancellationToken);

    protected override string? PublicUrlOf(Festival entity) =>
        entity.HeritageSite is { } site ? urls.HeritageSite(site.Slug, entity.Slug) : urls.Heritage(entity.Slug);

    protected override async Task<FestivalEditPage> PageAsync(Festival? entity, FestivalForm form, CancellationToken cancellationToken)
    {
        var dates = entity?.Dates.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(FestivalDateAdmin.ToRow).ToList() ?? [];
        return new(entity?.Id, form)
        {
            Choices = { [nameof(form.HeritageSiteId)] = await SiteChoicesAsync(cancellationToken) },
            LegacyLunarDate = string.IsNullOrWhiteSpace(entity?.LunarDate) ? null : entity.LunarDate,
            Dates = dates,
            NewDate = new FestivalDateForm { SortOrder = dates.Count == 0 ? 1 : dates.Max(d => d.SortOrder) + 1 },
        };
    }

    private Task<IReadOnlyList<SelectListItem>> SiteChoicesAsync(CancellationToken cancellationToken) =>
        ChoicesAsync(Db.HeritageSites.OrderBy(h => h.SortOrder), h => h.Name, ContentText.Festival_NoSite, cancellationToken);
}
