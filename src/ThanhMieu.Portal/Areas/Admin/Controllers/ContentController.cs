namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>
/// The one admin controller of every content type: list, create, edit, preview, archive and restore. A content type's
/// controller is its route and its constructor; it turns what the type's service decided into Post/Redirect/Get with a
/// notice, the form shown again with its errors, a 409 conflict page, or a 404.
/// </summary>
public abstract class ContentController<TForm, TFilter, TPage>(IContentAdmin<TForm, TFilter, TPage> admin) : EditFormController<TForm>(admin.FormPrefix)
    where TForm : ContentForm, new()
    where TFilter : ContentFilter
    where TPage : class, IEditPage
{
    /// <summary>The query-string switch of a preview asked for by the editor script: the rendering only, not the page.</summary>
    public const string FragmentQuery = "phan";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TFilter filter, CancellationToken cancellationToken) =>
        ModelState.IsValid ? View(await admin.ListAsync(filter, cancellationToken)) : BadRequest();

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await admin.CreatePageAsync(key => Request.Query[key].FirstOrDefault(), cancellationToken));

    [HttpPost("tao")]
    [ActionName(nameof(Create))]
    public async Task<IActionResult> CreatePost(CancellationToken cancellationToken) =>
        await BindAsync() is { } form ? Outcome(await admin.CreateAsync(form, MainForm, cancellationToken)) : BadRequest();

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await admin.EditPageAsync(id, cancellationToken) is { } page ? View("Edit", page) : NotFound();

    [HttpPost("{id:int}/sua")]
    [ActionName(nameof(Edit))]
    public async Task<IActionResult> EditPost(int id, CancellationToken cancellationToken) =>
        await BindAsync() is { } form ? Outcome(await admin.UpdateAsync(id, form, MainForm, cancellationToken)) : BadRequest();

    [HttpPost("xem-truoc")]
    public Task<IActionResult> PreviewUnsaved(CancellationToken cancellationToken) => PreviewAsync(null, cancellationToken);

    [HttpPost("{id:int}/xem-truoc")]
    public Task<IActionResult> Preview(int id, CancellationToken cancellationToken) => PreviewAsync(id, cancellationToken);

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await admin.SetArchivedAsync(id, archived: true, cancellationToken), returnUrl);

    [HttpPost("{id:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, string? returnUrl, CancellationToken cancellationToken) =>
        ArchiveOutcome(id, await admin.SetArchivedAsync(id, archived: false, cancellationToken), returnUrl);

    /// <summary>A page only a saved item has (a child row's delete confirmation), or 404 when the service found none.</summary>
    protected IActionResult ViewOrNotFound(object? page) => page is null ? NotFound() : View(page);

    /// <summary>
    /// One preview mechanism: the posted form rendered by the renderer a save uses, with the save's limits. Without
    /// JavaScript the whole edit page comes back with the preview; the editor script asks for the rendering only.
    /// </summary>
    private async Task<IActionResult> PreviewAsync(int? id, CancellationToken cancellationToken)
    {
        if (await BindAsync() is not { } form)
        {
            return BadRequest();
        }

        if (await admin.PreviewAsync(id, form, MainForm, cancellationToken) is not { } preview)
        {
            return NotFound();
        }

        if (!Request.Query.ContainsKey(FragmentQuery))
        {
            // A Markdown field the save would refuse is not rendered: the page comes back with the reason, as a 400.
            var page = View("Edit", preview.Page);
            page.StatusCode = preview.Errors.Count == 0 ? null : StatusCodes.Status400BadRequest;
            return page;
        }

        return preview.Errors.Count == 0
            ? Content(preview.Page.PreviewHtml ?? "", "text/html; charset=utf-8")
            : new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = string.Join(" ", preview.Errors),
            };
    }

    /// <summary>After archive or restore: back to where the button was (a list or the edit screen).</summary>
    private IActionResult ArchiveOutcome(int id, string? notice, string? returnUrl)
    {
        if (notice is null)
        {
            return NotFound();
        }

        Notify(notice);
        return returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Edit), new { id });
    }
}
