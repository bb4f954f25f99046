using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The five wards and communes merged into the ward (/gioi-thieu); their history is Markdown rendered at save.</summary>
public sealed class FormerUnitAdmin(PortalDbContext db, IOptions<AdminOptions> options, IMarkdownRenderer renderer, PublicUrls urls)
    : ContentAdmin<FormerUnit, FormerUnitForm, ContentFilter, FormerUnitEditPage>(db, options)
{
    protected override string Noun => ContentText.FormerUnit_Noun;

    protected override string NameOf(FormerUnit entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.FormerUnits.AsNoTracking(), filter.Q, nameof(FormerUnit.Name)),
            q => q.OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new FormerUnitRow(u.Id, u.Name, u.Kind, u.HeritageSites.Count, u.IsArchived)),
            [],
            cancellationToken);

    /// <summary>The edit page with the posted history rendered as residents would see it; nothing is saved.</summary>
    protected override string? RenderPreview(FormerUnitForm form) =>
        ContentRendering.FormerUnitHistory(Clean(form.HistoryMarkdown), string.IsNullOrWhiteSpace(form.Slug) ? Slugifier.Slugify(form.Name) : form.Slug.Trim(), renderer);


    protected override FormerUnitForm ToForm(FormerUnit entity) => new()
    {
        Name = entity.Name,
        Slug = entity.Slug,
        Kind = entity.Kind,
        Summary = entity.Summary,
        HistoryMarkdown = entity.HistoryMarkdown,
        Sources = entity.Sources,
        SortOrder = entity.SortOrder,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override FormerUnit Create(FormerUnitForm form) => new() { Name = form.Name, Slug = form.Slug! };

    protected override void Apply(FormerUnitForm form, FormerUnit entity)
    {
        entity.Name = Clean(form.Name);
        entity.Slug = form.Slug!;
        entity.Kind = form.Kind;
        entity.Summary = Clean(form.Summary);
        entity.SetHistory(Clean(form.HistoryMarkdown), renderer);
        entity.Sources = Clean(form.Sources);
        entity.SortOrder = form.SortOrder;
    }

    protected override IQueryable<FormerUnit> ForEditing(IQueryable<FormerUnit> entities) => entities.Include(u => u.HeritageSites);

    protected override Task<FormerUnitEditPage> PageAsync(FormerUnit? entity, FormerUnitForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new FormerUnitEditPage(entity?.Id, form)
        {
            Name = entity?.Name ?? "",
            IsArchived = entity?.IsArchived ?? false,
            PublicUrl = entity is null ? null : urls.FormerUnit(entity.Slug),
            Sites = entity is null ? [] : entity.HeritageSites.OrderBy(h => h.SortOrder).Select(h => (h.Id, h.Name, h.IsArchived)).ToList(),
        });
}
