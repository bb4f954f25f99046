namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Article tags, shown under each article; an archived tag is no longer shown.</summary>
public sealed class TagAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Tag, TagForm, ContentFilter, TaxonomyEditPage<TagForm>>(db, options)
{
    protected override string Noun => ContentText.Tag_Noun;

    protected override string NameOf(Tag entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Tags.AsNoTracking(), filter.Q, nameof(Tag.Name)),
            // Counted on the join table's tag index alone; t.Articles.Count also joined every article row.
            q => q.OrderBy(t => t.Name).Select(t => new TagRow(
                t.Id, t.Name, t.Slug, Db.Set<Dictionary<string, object>>("ArticleTags").Count(j => EF.Property<int>(j, "TagsId") == t.Id), t.IsArchived)),
            [],
            cancellationToken);

    protected override string? LastingUrlOf(Tag entity) => entity.IsArchived ? null : urls.Tag(entity.Slug);

    protected override async Task<TaxonomyEditPage<TagForm>> PageAsync(Tag? entity, TagForm form, CancellationToken cancellationToken) =>
        new(entity?.Id, form)
        {
            ArticleCount = entity is null ? 0 : await Db.Tags.Where(t => t.Id == entity.Id).Select(t => t.Articles.Count).SingleAsync(cancellationToken),
        };
}
