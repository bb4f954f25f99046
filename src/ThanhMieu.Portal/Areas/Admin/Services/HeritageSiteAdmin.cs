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

    protected override void Apply(HeritageSiteForm form, HeritageSite entity)
    {
        base.Apply(form, entity);
        entity.SetDescription(entity.DescriptionMarkdown, renderer);
    }

    protected override IQueryable<HeritageSite> ForEditing(IQueryable<HeritageSite> entities) =>
        entities.Include(h => h.Festivals).ThenInclude(f => f.Dates).Include(h => h.Photos).ThenInclude(p => p.MediaAsset);

    protected override async Task ValidateAsync(HeritageSiteForm form, HeritageSite? entity, FormState state, CancellationToken cancellationToken)
    {
        // The public page shows a position only as a pair; half of one would be a guess.
        if (!state.HasError(nameof(form.Latitude)) && !state.HasError(nameof(form.Longitude)) && form.Latitude.HasValue != form.Longitude.HasValue)
        {
            state.AddError(form.Latitude is null ? nameof(form.Latitude) : nameof(form.Longitude), ContentText.Heritage_Coordinates_BothOrNeither);
        }

        await RequireExistingAsync<FormerUnit>(form.FormerUnitId, nameof(form.FormerUnitId), ContentText.Heritage_FormerUnit_Gone, state, cancellationToken);
    }

    protected override string? PublicUrlOf(HeritageSite entity) => urls.HeritageSite(entity.Slug);

    protected override async Task<HeritageSiteEditPage> PageAsync(HeritageSite? entity, HeritageSiteForm form, CancellationToken cancellationToken)
    {
        var photos = entity?.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => HeritagePhotoAdmin.ToRow(p, urls)).ToList() ?? [];
        return new(entity?.Id, form)
        {
            Choices =
            {
                [nameof(form.Kind)] = SelectOptions.Of<HeritageKind>(VietnameseFormat.KindName),
                [nameof(form.FormerUnitId)] = await ChoicesAsync(
                    Db.FormerUnits.OrderBy(u => u.SortOrder), u => $"{VietnameseFormat.KindName(u.Kind)} {u.Name}", ContentText.Heritage_FormerUnit_None, cancellationToken),
            },
            Festivals = entity?.Festivals.OrderBy(f => f.SortOrder).Select(f => new FestivalRow(f.Id, f.Name, entity.Name, VietnameseFormat.LunarDays(f.Dates, f.LunarDate), f.IsArchived)).ToList() ?? [],
            Photos = photos,
            NewPhoto = new HeritagePhotoForm { SortOrder = photos.Count == 0 ? 1 : photos.Max(p => p.SortOrder) + 1 },
        };
    }
}
