using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Options;
using ThanhMieu.Portal.Resources;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Article tags, shown under each article; an archived tag is no longer shown.</summary>
public sealed class TagAdmin(PortalDbContext db, IOptions<AdminOptions> options)
    : ContentAdmin<Tag, TagForm, ContentFilter, TaxonomyEditPage<TagForm>>(db, options)
{
    protected override string Noun => ContentText.Tag_Noun;

    protected override string NameOf(Tag entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Tags.AsNoTracking(), filter.Q, nameof(Tag.Name)),
            q => q.OrderBy(t => t.Name).Select(t => new TagRow(t.Id, t.Name, t.Slug, t.Articles.Count, t.IsArchived)),
            [],
            cancellationToken);


    protected override TagForm ToForm(Tag entity) => new()
    {
        Name = entity.Name,
        Slug = entity.Slug,
        ConcurrencyStamp = entity.ConcurrencyStamp,
    };

    protected override Tag Create(TagForm form) => new() { Name = form.Name, Slug = form.Slug! };

    protected override void Apply(TagForm form, Tag entity)
    {
        entity.Name = Clean(form.Name);
        entity.Slug = form.Slug!;
    }

    protected override async Task<TaxonomyEditPage<TagForm>> PageAsync(Tag? entity, TagForm form, CancellationToken cancellationToken) =>
        new(entity?.Id, form)
        {
            Name = entity?.Name ?? "",
            IsArchived = entity?.IsArchived ?? false,
            ArticleCount = entity is null ? 0 : await Db.Tags.Where(t => t.Id == entity.Id).Select(t => t.Articles.Count).SingleAsync(cancellationToken),
        };
}
