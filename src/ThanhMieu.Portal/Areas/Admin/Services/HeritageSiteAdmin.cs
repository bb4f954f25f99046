using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Heritage sites (/di-san and /di-san/{slug}); their description is Markdown rendered once, at save.</summary>
public sealed class HeritageSiteAdmin(PortalDbContext db, IOptions<AdminOptions> options, IMarkdownRenderer renderer, PublicUrls urls)
    : ContentAdmin<HeritageSite, HeritageSiteForm, ContentFilter, HeritageSiteEditPage>(db, options)
{
    protected override string Noun => ContentText.Heritage_Noun;

    protected override string NameOf(HeritageSite entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.HeritageSites.AsNoTracking(), filter.Q, nameof(HeritageSite.Name)),
            q => q.OrderBy(h => h.SortOrder).ThenBy(h => h.Name)
                .Select(h => new HeritageSiteRow(
                    h.Id, h.Name, h.Kind, h.FormerUnit == null ? null : h.FormerUnit.Name, h.Festivals.Count, h.IsArchived)),
            [],
            cancellationToken);

    protected override string? RenderPreview(HeritageSiteForm form) => renderer.Render(Clean(form.DescriptionMarkdown)).Html;


    protected override HeritageSiteForm ToForm(HeritageSite entity) => new()
    {
        Name = entity.Name,
        Slug = entity.Slug,
        Kind = entity.Kind,
        FormerUnitId = entity.FormerUnitId,
        Summary = entity.Summary,
        DescriptionMarkdown = entity.DescriptionMarkdown,
        RecognitionLevel = entity.RecognitionLevel,
        Address = entity.Address,
        Latitude = entity.Latitude,
        Longitude = entity.Longitude,
        Sources = entity.Sources,
        SortOrder = entity.SortOrder,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override HeritageSite Create(HeritageSiteForm form) => new() { Name = form.Name, Slug = form.Slug! };

    protected override void Apply(HeritageSiteForm form, HeritageSite entity)
    {
        entity.Name = Clean(form.Name);
        entity.Slug = form.Slug!;
        entity.Kind = form.Kind;
        entity.FormerUnitId = form.FormerUnitId;
        entity.Summary = Clean(form.Summary);
        entity.SetDescription(Clean(form.DescriptionMarkdown), renderer);
        entity.RecognitionLevel = CleanOrNull(form.RecognitionLevel);
        entity.Address = CleanOrNull(form.Address);
        entity.Latitude = form.Latitude;
        entity.Longitude = form.Longitude;
        entity.Sources = Clean(form.Sources);
        entity.SortOrder = form.SortOrder;
    }

    protected override IQueryable<HeritageSite> ForEditing(IQueryable<HeritageSite> entities) => entities.Include(h => h.Festivals);

    protected override async Task ValidateAsync(HeritageSiteForm form, HeritageSite? entity, FormState state, CancellationToken cancellationToken)
    {
        // The public page shows a position only as a pair; half of one would be a guess.
        var latitudeOk = !state.HasError(nameof(form.Latitude));
        var longitudeOk = !state.HasError(nameof(form.Longitude));
        if (latitudeOk && longitudeOk && form.Latitude.HasValue != form.Longitude.HasValue)
        {
            state.AddError(form.Latitude is null ? nameof(form.Latitude) : nameof(form.Longitude), ContentText.Heritage_Coordinates_BothOrNeither);
        }

        if (form.FormerUnitId is { } unitId && !await Db.FormerUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            state.AddError(nameof(form.FormerUnitId), ContentText.Heritage_FormerUnit_Gone);
        }
    }

    protected override async Task<HeritageSiteEditPage> PageAsync(HeritageSite? entity, HeritageSiteForm form, CancellationToken cancellationToken)
    {
        var units = await Db.FormerUnits.AsNoTracking()
            .OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name, u.Kind, u.IsArchived })
            .ToListAsync(cancellationToken);
        return new HeritageSiteEditPage(entity?.Id, form)
        {
            Name = entity?.Name ?? "",
            IsArchived = entity?.IsArchived ?? false,
            PublicUrl = entity is null ? null : urls.HeritageSite(entity.Slug),
            FormerUnits = SelectOptions.Optional(
                ContentText.Heritage_FormerUnit_None,
                units.Select(u => (u.Id, ContentLabels.WithArchivedNote($"{VietnameseFormat.KindName(u.Kind)} {u.Name}", u.IsArchived)))),
            Festivals = entity is null
                ? []
                : entity.Festivals.OrderBy(f => f.SortOrder)
                    .Select(f => new FestivalRow(f.Id, f.Name, entity.Name, f.LunarDate, f.IsArchived))
                    .ToList(),
        };
    }
}
