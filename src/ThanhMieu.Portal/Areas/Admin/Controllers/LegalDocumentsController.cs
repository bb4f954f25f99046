namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/van-ban")]
public sealed class LegalDocumentsController(LegalDocumentAdmin documents, LegalDocumentFileAdmin files)
    : ContentController<LegalDocumentForm, LegalDocumentFilter, LegalDocumentEditPage>(documents)
{
    [HttpPost("{id:int}/tep/them")]
    public async Task<IActionResult> AddFile(
        int id, [Bind(Prefix = LegalDocumentFileForm.NewPrefix)] LegalDocumentFileForm form, CancellationToken cancellationToken)
    {
        var (outcome, status) = await files.UploadAsync(id, form, new FormState(ModelState, LegalDocumentFileForm.NewPrefix), cancellationToken);
        Response.StatusCode = status;
        return Outcome(outcome);
    }

    /// <summary>Asks before deleting a file; only the post from that page deletes.</summary>
    [HttpGet("{id:int}/tep/{fileId:int}/xoa")]
    public async Task<IActionResult> RemoveFile(int id, int fileId, CancellationToken cancellationToken) =>
        ViewOrNotFound(await files.RemovePageAsync(id, fileId, cancellationToken));

    [HttpPost("{id:int}/tep/{fileId:int}/xoa")]
    [ActionName(nameof(RemoveFile))]
    public async Task<IActionResult> RemoveFilePost(int id, int fileId, CancellationToken cancellationToken) =>
        Outcome(await files.RemoveFileAsync(id, fileId, cancellationToken));
}
