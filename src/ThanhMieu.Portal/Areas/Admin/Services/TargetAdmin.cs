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

/// <summary>The term's targets (shown on /muc-tieu); their dated progress updates are <see cref="ProgressUpdateAdmin"/>'s.</summary>
public sealed class TargetAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Target, TargetForm, TargetFilter, TargetEditPage>(db, options)
{
    protected override string Noun => ContentText.Target_Noun;

    protected override string NameOf(Target entity) => entity.Title;

    public override async Task<IListPage> ListAsync(TargetFilter filter, CancellationToken cancellationToken)
    {
        var query = UnderParent(Search(Db.Targets.AsNoTracking(), filter.Q, nameof(Target.Title)), filter.Breakthrough, t => t.BreakthroughId);
        var breakthroughs = ParentFilterChoices(ContentText.Target_Filter_General, await BreakthroughChoicesAsync(cancellationToken));
        return await PageOfAsync(
            filter,
            query,
            q => q.OrderBy(t => t.Breakthrough == null ? 0 : t.Breakthrough.TermStartYear)
                .ThenBy(t => t.Breakthrough == null ? 0 : t.Breakthrough.Number)
                .ThenBy(t => t.SortOrder)
                .Select(t => new TargetRow(
                    t.Id,
                    t.Title,
                    t.Breakthrough == null ? null : t.Breakthrough.Title,
                    t.Status,
                    t.DeadlineYear,
                    t.ProgressUpdates.Count,
                    t.IsArchived)),
            [new FilterSelect(nameof(TargetFilter.Breakthrough), ContentText.Target_Breakthrough, breakthroughs, filter.Breakthrough?.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);
    }

    protected override TargetForm ToForm(Target entity) => new()
    {
        Title = entity.Title,
        Slug = entity.Slug,
        BreakthroughId = entity.BreakthroughId,
        Description = entity.Description,
        Status = entity.Status,
        Metric = entity.Metric,
        Unit = entity.Unit,
        BaselineValue = entity.BaselineValue,
        TargetValue = entity.TargetValue,
        DeadlineYear = entity.DeadlineYear,
        ResponsibleBody = entity.ResponsibleBody,
        SortOrder = entity.SortOrder,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override Target Create(TargetForm form) => new() { Title = form.Title, Slug = form.Slug! };

    protected override void Apply(TargetForm form, Target entity)
    {
        entity.Title = Clean(form.Title);
        entity.Slug = form.Slug!;
        entity.BreakthroughId = form.BreakthroughId;
        entity.Description = Clean(form.Description);
        entity.Status = form.Status;

        // Empty stays empty (null), never 0 or "": most goals of the term have no figure yet.
        entity.Metric = CleanOrNull(form.Metric);
        entity.Unit = CleanOrNull(form.Unit);
        entity.BaselineValue = form.BaselineValue;
        entity.TargetValue = form.TargetValue;
        entity.DeadlineYear = form.DeadlineYear;
        entity.ResponsibleBody = CleanOrNull(form.ResponsibleBody);
        entity.SortOrder = form.SortOrder;
    }

    protected override IQueryable<Target> ForEditing(IQueryable<Target> entities) => entities.Include(t => t.ProgressUpdates);

    protected override async Task ValidateAsync(TargetForm form, Target? entity, FormState state, CancellationToken cancellationToken)
    {
        if (form.BreakthroughId is { } breakthroughId && !await Db.Breakthroughs.AnyAsync(b => b.Id == breakthroughId, cancellationToken))
        {
            state.AddError(nameof(form.BreakthroughId), ContentText.Target_Breakthrough_Gone);
        }
    }

    protected override async Task<TargetEditPage> PageAsync(Target? entity, TargetForm form, CancellationToken cancellationToken) =>
        new(entity?.Id, form)
        {
            Name = entity?.Title ?? "",
            IsArchived = entity?.IsArchived ?? false,
            PublicUrl = entity is null ? null : urls.Target(entity.Slug),
            Breakthroughs = await BreakthroughChoicesAsync(cancellationToken),
            Updates = entity is null
                ? []
                : entity.ProgressUpdates.OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Select(p => ProgressUpdateAdmin.ToRow(p, entity.Unit)).ToList(),
        };

    private async Task<IReadOnlyList<SelectListItem>> BreakthroughChoicesAsync(CancellationToken cancellationToken)
    {
        var breakthroughs = await Db.Breakthroughs.AsNoTracking()
            .OrderByDescending(b => b.TermStartYear).ThenBy(b => b.Number)
            .Select(b => new { b.Id, b.TermStartYear, b.Number, b.Title, b.IsArchived })
            .ToListAsync(cancellationToken);
        return SelectOptions.Optional(
            ContentText.Target_Breakthrough_None,
            breakthroughs.Select(b => (b.Id, ContentLabels.WithArchivedNote(TermLabels.Breakthrough(b.TermStartYear, b.Number, b.Title), b.IsArchived))));
    }
}
