using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Resources;

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
        var sites = ParentFilterChoices(ContentText.Festival_NoSite, await SiteChoicesAsync(cancellationToken));
        return await PageOfAsync(
            filter,
            query,
            q => q.OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
                .Select(f => new FestivalRow(f.Id, f.Name, f.HeritageSite == null ? null : f.HeritageSite.Name, f.LunarDate, f.IsArchived)),
            [new FilterSelect(nameof(FestivalFilter.Site), ContentText.Festival_Site, sites, filter.Site?.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);
    }

    /// <summary>The site chosen when coming from that site's edit screen (?site=).</summary>
    public const string SiteQuery = "site";

    protected override Task<FestivalForm> NewFormAsync(Func<string, string?> query, CancellationToken cancellationToken) =>
        Task.FromResult(new FestivalForm
        {
            HeritageSiteId = int.TryParse(query(SiteQuery), NumberStyles.None, CultureInfo.InvariantCulture, out var site) ? site : null,
        });


    protected override FestivalForm ToForm(Festival entity) => new()
    {
        Name = entity.Name,
        Slug = entity.Slug,
        HeritageSiteId = entity.HeritageSiteId,
        LunarDate = entity.LunarDate,
        DateNote = entity.DateNote,
        Description = entity.Description,
        Recognition = entity.Recognition,
        Sources = entity.Sources,
        SortOrder = entity.SortOrder,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override Festival Create(FestivalForm form) => new() { Name = form.Name, Slug = form.Slug! };

    protected override void Apply(FestivalForm form, Festival entity)
    {
        entity.Name = Clean(form.Name);
        entity.Slug = form.Slug!;
        entity.HeritageSiteId = form.HeritageSiteId;
        entity.LunarDate = CleanOrNull(form.LunarDate);
        entity.DateNote = CleanOrNull(form.DateNote);
        entity.Description = Clean(form.Description);
        entity.Recognition = CleanOrNull(form.Recognition);
        entity.Sources = Clean(form.Sources);
        entity.SortOrder = form.SortOrder;
    }

    protected override IQueryable<Festival> ForEditing(IQueryable<Festival> entities) => entities.Include(f => f.HeritageSite);

    protected override async Task ValidateAsync(FestivalForm form, Festival? entity, FormState state, CancellationToken cancellationToken)
    {
        if (form.HeritageSiteId is { } siteId && !await Db.HeritageSites.AnyAsync(h => h.Id == siteId, cancellationToken))
        {
            state.AddError(nameof(form.HeritageSiteId), ContentText.Festival_Site_Gone);
        }
    }

    protected override async Task<FestivalEditPage> PageAsync(Festival? entity, FestivalForm form, CancellationToken cancellationToken) =>
        new(entity?.Id, form)
        {
            Name = entity?.Name ?? "",
            IsArchived = entity?.IsArchived ?? false,
            PublicUrl = entity is null ? null
                : entity.HeritageSite is { } site ? urls.HeritageSite(site.Slug, entity.Slug)
                : urls.Heritage(entity.Slug),
            Sites = await SiteChoicesAsync(cancellationToken),
        };

    private async Task<IReadOnlyList<SelectListItem>> SiteChoicesAsync(CancellationToken cancellationToken)
    {
        var sites = await Db.HeritageSites.AsNoTracking()
            .OrderBy(h => h.SortOrder)
            .Select(h => new { h.Id, h.Name, h.IsArchived })
            .ToListAsync(cancellationToken);
        return SelectOptions.Optional(ContentText.Festival_NoSite, sites.Select(h => (h.Id, ContentLabels.WithArchivedNote(h.Name, h.IsArchived))));
    }
}
