namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>Articles (the congress report included) on the shared screens, plus what is theirs alone: revisions.</summary>
[Route("admin/bai-viet")]
public sealed class ArticlesController(ArticleAdmin articles, ArticleRevisions revisions) : ContentController<ArticleForm, ArticleFilter, ArticleEditPage>(articles)
{
    /// <summary>TempData key: the unsaved browser copies a save has made obsolete ("new", an id, or both).</summary>
    private const string ClearDraftKey = "ClearArticleDraft";

    public override void OnActionExecuted(Microsoft.AspNetCore.Mvc.Filters.ActionExecutedContext context)
    {
        // The edit page tells the script which unsaved copies the last save made obsolete.
        if (context.Result is ViewResult { Model: ArticleEditPage page } && TempData[ClearDraftKey] is string keys)
        {
            page.ClearDraftKeys = keys;
        }

        base.OnActionExecuted(context);
    }

    [HttpGet("{id:int}/phien-ban")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken) =>
        await revisions.RevisionsAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/so-sanh")]
    public async Task<IActionResult> Compare(
        int id, [FromQuery(Name = "tu")] int? from, [FromQuery(Name = "den")] int? to, [FromQuery(Name = "trang")] int? page,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        return await revisions.CompareAsync(id, from, to, page ?? 1, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("{id:int}/phien-ban/{number:int}/dung-lai")]
    public async Task<IActionResult> UseRevision(int id, int number, CancellationToken cancellationToken)
    {
        if (await articles.RestoreRevisionAsync(id, number, cancellationToken) is not { } notice)
        {
            return NotFound();
        }

        Notify(notice);
        OnSaved(id);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>A created article's unsaved copy was kept under "new"; an edited one's under its id.</summary>
    protected override void OnSaved(int id) =>
        TempData[ClearDraftKey] = RouteData.Values.ContainsKey("id") ? id.ToString(CultureInfo.InvariantCulture) : "new";
}
