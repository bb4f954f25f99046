namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// A document's PDFs, uploaded and deleted from the document's edit screen. The file is checked and stored by
/// <see cref="MediaLibrary"/> (its folder, its server-made names) before the row is added.
/// </summary>
public sealed class LegalDocumentFileAdmin(PortalDbContext db, LegalDocumentAdmin documents, MediaLibrary media, TimeProvider time)
    : ChildRowsAdmin<LegalDocument, LegalDocumentFile, LegalDocumentFileForm, LegalDocumentEditPage, LegalDocumentFileDeletePage>(db, documents)
{
    protected override string Anchor => LegalDocumentEditPage.FilesAnchor;

    protected override ChildRowTexts Texts => new(
        DocumentText.File_Added, null, DocumentText.File_Removed, DocumentText.File_Gone, DocumentText.File_DeleteQuestion);

    protected override ICollection<LegalDocumentFile> RowsOf(LegalDocument parent) => parent.Files;

    protected override int IdOf(LegalDocumentFile row) => row.Id;

    protected override void Apply(LegalDocumentFileForm form, LegalDocumentFile row)
    {
        base.Apply(form, row);
        var stored = form.Stored ?? throw new InvalidOperationException("A file row needs its stored file.");
        row.FileName = stored.FileName;
        row.OriginalName = stored.OriginalName;
        row.Length = stored.Length;
        row.UploadedAtUtc = time.GetUtcNow().UtcDateTime;
    }

    protected override object?[] Describe(LegalDocumentFile row, LegalDocument parent) => [row.Title, parent.DocumentNumber];

    protected override LegalDocumentFileDeletePage DeletePage(LegalDocument parent, LegalDocumentFile row, string question) =>
        new(parent.Id, parent.DocumentNumber, row.Id, question);

    /// <summary>
    /// Checks and stores the posted PDF, then adds its row through the shared child-row save. Also returns the status
    /// to answer with: 413 or 415 (or 400) when the file was refused, with the reason beside the file field.
    /// </summary>
    public async Task<(EditOutcome<LegalDocumentEditPage> Outcome, int StatusCode)> UploadAsync(
        int documentId, LegalDocumentFileForm form, FormState state, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status200OK;
        if (state.IsValid)
        {
            var result = await media.StorePdfAsync(form.File, cancellationToken);
            form.Stored = result.File;
            if (result.File is null)
            {
                state.AddError(nameof(form.File), result.Error!);
                status = result.StatusCode;
            }
        }
        else
        {
            status = StatusCodes.Status400BadRequest;
        }

        var outcome = await AddAsync(documentId, form, state, cancellationToken);
        if (outcome.Status != SaveStatus.Saved && form.Stored is { } orphan)
        {
            media.Delete(orphan.FileName);
        }

        return (outcome, status);
    }

    /// <summary>Deletes the row through the shared save, then its file.</summary>
    public async Task<EditOutcome<LegalDocumentEditPage>> RemoveFileAsync(int documentId, int fileId, CancellationToken cancellationToken)
    {
        var fileName = (await documents.FindForEditingAsync(documentId, cancellationToken))?.Files.FirstOrDefault(f => f.Id == fileId)?.FileName;
        var outcome = await RemoveAsync(documentId, fileId, cancellationToken);
        if (outcome.Status == SaveStatus.Saved && fileName is not null)
        {
            media.Delete(fileName);
        }

        return outcome;
    }
}
