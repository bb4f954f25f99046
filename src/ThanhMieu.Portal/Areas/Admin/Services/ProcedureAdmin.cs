namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The administrative procedures residents ask for most, listed on /thu-tuc-hanh-chinh.</summary>
public sealed class ProcedureAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : ContentAdmin<Procedure, ProcedureForm, ContentFilter, ProcedureEditPage>(db, options)
{
    protected override string Noun => ContactsText.Procedure_Noun;

    protected override string NameOf(Procedure entity) => entity.Name;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken) =>
        PageOfAsync(
            filter,
            Search(Db.Procedures.AsNoTracking(), filter.Q, nameof(Procedure.Name)),
            q => q.OrderBy(p => p.SortOrder).ThenBy(p => p.Name).Select(p => new ProcedureRow(p.Id, p.Name, p.Field, p.IsArchived)),
            [],
            cancellationToken);

    protected override Task ValidateAsync(ProcedureForm form, Procedure? entity, FormState state, CancellationToken cancellationToken)
    {
        InputRules.HttpsUrl(form.PortalUrl, nameof(form.PortalUrl), state);
        return Task.CompletedTask;
    }

    protected override void Apply(ProcedureForm form, Procedure entity)
    {
        base.Apply(form, entity);
        entity.SearchText = Procedure.Fold(entity.Name, entity.Field, entity.WhereToApply, entity.Note);
    }

    protected override string? PublicUrlOf(Procedure entity) => urls.Procedures(entity.Slug);
}
