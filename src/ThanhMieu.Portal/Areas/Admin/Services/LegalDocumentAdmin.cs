namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The documents register (/van-ban): its entries, their link to the document they replace, and their PDFs.</summary>
public sealed class LegalDocumentAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls, MediaLibrary media)
    : ContentAdmin<LegalDocument, LegalDocumentForm, LegalDocumentFilter, LegalDocumentEditPage>(db, options)
{
    protected override string Noun => DocumentText.Document_Noun;

    protected override string NameOf(LegalDocument entity) => entity.DocumentNumber;

    public override Task<IListPage> ListAsync(LegalDocumentFilter filter, CancellationToken cancellationToken)
    {
        var query = Search(Db.LegalDocuments.AsNoTracking(), filter.Q, nameof(LegalDocument.DocumentNumber));
        query = filter.Type is { } type ? query.Where(d => d.Type == type) : query;
        query = filter.Status is { } status ? query.Where(d => d.Status == status) : query;
        return PageOfAsync(
            filter,
            query,
            q => q.OrderByDescending(d => d.SignedOn).ThenBy(d => d.DocumentNumber)
                .Select(d => new LegalDocumentRow(d.Id, d.DocumentNumber, d.Type, d.SignedOn, d.Summary, d.Status, d.Files.Count, d.IsArchived)),
            [
                Select(nameof(filter.Type), TypeChoices, filter.Type?.ToString()),
                Select(nameof(filter.Status), StatusChoices, filter.Status?.ToString()),
            ],
            cancellationToken);
    }

    protected override void Apply(LegalDocumentForm form, LegalDocument entity)
    {
        base.Apply(form, entity);
        entity.UpdateSearchText();
    }

    protected override IQueryable<LegalDocument> ForEditing(IQueryable<LegalDocument> entities) =>
        entities.Include(d => d.Files).Include(d => d.ReplacedBy);

    protected override async Task ValidateAsync(LegalDocumentForm form, LegalDocument? entity, FormState state, CancellationToken cancellationToken)
    {
        if (form is { SignedOn: { } signed, EffectiveOn: { } effective } && effective < signed)
        {
            state.AddError(nameof(form.EffectiveOn), DocumentText.Document_EffectiveOn_BeforeSigned);
        }

        await RequireExistingAsync<LegalDocument>(form.ReplacesId, nameof(form.ReplacesId), DocumentText.Document_Replaces_Gone, state, cancellationToken);
        if (entity is not null && form.ReplacesId is { } replaced && await LeadsBackAsync(replaced, entity.Id, cancellationToken))
        {
            state.AddError(nameof(form.ReplacesId), DocumentText.Document_Replaces_Circle);
        }
    }

    /// <summary>Whether following "replaces" from <paramref name="start"/> reaches <paramref name="id"/> (itself included): a circle.</summary>
    private async Task<bool> LeadsBackAsync(int start, int id, CancellationToken cancellationToken)
    {
        var links = await Db.LegalDocuments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ReplacesId, cancellationToken);
        var seen = new HashSet<int>();
        for (int? current = start; current is { } at && seen.Add(at); current = links.GetValueOrDefault(at))
        {
            if (at == id)
            {
                return true;
            }
        }

        return false;
    }

    protected override string? PublicUrlOf(LegalDocument entity) => entity.IsArchived ? null : urls.Document(entity.Slug);

    protected override async Task<LegalDocumentEditPage> PageAsync(LegalDocument? entity, LegalDocumentForm form, CancellationToken cancellationToken)
    {
        var self = entity?.Id;
        return new(self, form)
        {
            Choices =
            {
                [nameof(form.Type)] = TypeChoices,
                [nameof(form.Status)] = StatusChoices,
                [nameof(form.ReplacesId)] = await ChoicesAsync(
                    Db.LegalDocuments.Where(d => d.Id != self).OrderByDescending(d => d.SignedOn),
                    d => d.DocumentNumber,
                    DocumentText.Document_Replaces_None,
                    cancellationToken),
            },
            Files = entity?.Files.OrderBy(f => f.Id)
                .Select(f => new LegalDocumentFileRow(f.Id, f.Title, f.OriginalName, DocumentNames.Size(f.Length))).ToList() ?? [],
            ReplacedBy = entity?.ReplacedBy.Select(d => d.DocumentNumber).ToList() ?? [],
            MaxFileSize = VietnameseFormat.Megabytes(media.MaxDocumentBytes),
        };
    }

    private static IReadOnlyList<SelectListItem> TypeChoices => SelectOptions.Of<LegalDocumentType>(DocumentNames.Type);

    private static IReadOnlyList<SelectListItem> StatusChoices => SelectOptions.Of<LegalDocumentStatus>(DocumentNames.Status);
}
