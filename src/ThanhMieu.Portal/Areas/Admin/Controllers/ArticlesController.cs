using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Areas.Admin.Services;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>Writing, scheduling, archiving and restoring articles (the congress report included). Editors and administrators.</summary>
[Route("admin/bai-viet")]
public sealed class ArticlesController(ArticleEditor editor) : AdminController
{
    /// <summary>TempData key: the unsaved browser copies a save has made obsolete ("new", an id, or both).</summary>
    private const string ClearDraftKey = "ClearArticleDraft";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ArticleFilter filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        return View(await editor.ListAsync(filter, cancellationToken));
    }

    [HttpGet("tao")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await editor.NewEditorAsync(null, cancellationToken));

    [HttpPost("tao")]
    public async Task<IActionResult> Create(ArticleForm form, CancellationToken cancellationToken)
    {
        if (IsMalformed())
        {
            return BadRequest();
        }

        AddErrors(await editor.ValidateAsync(form, null, cancellationToken));
        if (ModelState.IsValid)
        {
            var result = await editor.CreateAsync(form, cancellationToken);
            if (result.Status == ArticleSaveStatus.Saved)
            {
                return Saved(result.Article!, "new");
            }

            AddErrors(result.Errors);
        }

        return View("Edit", await editor.NewEditorAsync(form, cancellationToken));
    }

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await editor.EditorAsync(id, null, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return View(model with { ClearDraftKeys = TempData[ClearDraftKey] as string });
    }

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, ArticleForm form, CancellationToken cancellationToken)
    {
        if (IsMalformed() || form.ConcurrencyStamp is null)
        {
            return BadRequest();
        }

        AddErrors(await editor.ValidateAsync(form, id, cancellationToken));
        if (ModelState.IsValid)
        {
            var result = await editor.UpdateAsync(id, form, cancellationToken);
            switch (result.Status)
            {
                case ArticleSaveStatus.NotFound:
                    return NotFound();
                case ArticleSaveStatus.Saved:
                    return Saved(result.Article!, Key(id));
                case ArticleSaveStatus.Conflict:
                    // 409: the page shows both versions and a form to merge them; nothing was written. The form must
                    // carry the new stamp, and tag helpers prefer the posted (old) value unless it is dropped.
                    ModelState.Remove(nameof(ArticleForm.ConcurrencyStamp));
                    var conflict = View("Conflict", result.Conflict);
                    conflict.StatusCode = StatusCodes.Status409Conflict;
                    return conflict;
                default:
                    AddErrors(result.Errors);
                    break;
            }
        }

        var model = await editor.EditorAsync(id, form, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/luu-tru")]
    public async Task<IActionResult> Archive(int id, CancellationToken cancellationToken)
    {
        var result = await editor.ArchiveAsync(id, cancellationToken);
        if (result.Status == ArticleSaveStatus.NotFound)
        {
            return NotFound();
        }

        Notify(result.Status == ArticleSaveStatus.Saved
            ? $"Đã lưu trữ bài viết “{result.Article!.Title}”. Bài không còn hiển thị trên trang công khai."
            : result.Message!);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/phien-ban")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken)
    {
        var model = await editor.RevisionsAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/so-sanh")]
    public async Task<IActionResult> Compare(
        int id, [FromQuery(Name = "tu")] int? from, [FromQuery(Name = "den")] int? to, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var model = await editor.CompareAsync(id, from, to, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/phien-ban/{number:int}/khoi-phuc")]
    public async Task<IActionResult> Restore(int id, int number, CancellationToken cancellationToken)
    {
        var result = await editor.RestoreAsync(id, number, cancellationToken);
        switch (result.Status)
        {
            case ArticleSaveStatus.NotFound:
                return NotFound();
            case ArticleSaveStatus.Saved:
                Notify($"Đã khôi phục bài viết “{result.Article!.Title}” từ phiên bản {number}."
                    + (result.Message is null ? "" : $" Lưu ý: {result.Message}."));
                TempData[ClearDraftKey] = Key(id);
                return RedirectToAction(nameof(Edit), new { id });
            default:
                Notify(result.Message!);
                return RedirectToAction(nameof(Revisions), new { id });
        }
    }

    /// <summary>The body rendered exactly as a save would store it, for the editor's live preview.</summary>
    [HttpPost("xem-truoc")]
    public IActionResult Preview([FromForm] string? bodyMarkdown)
    {
        if (bodyMarkdown is { Length: > ArticleForm.BodyMaxLength })
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = $"Nội dung dài quá {ArticleForm.BodyMaxLength:N0} ký tự, không xem trước được.",
            };
        }

        return Content(editor.Preview(bodyMarkdown), "text/html; charset=utf-8");
    }

    private RedirectToActionResult Saved(Article article, string clearDraftKeys)
    {
        Notify($"Đã lưu bài viết “{article.Title}” ({ArticleForm.StatusName(article.Status).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}).");
        TempData[ClearDraftKey] = clearDraftKeys;
        return RedirectToAction(nameof(Edit), new { id = article.Id });
    }

    /// <summary>
    /// True when a value only a tampered page could send failed to bind (a category that is not a number, an unknown
    /// status): that is a bad request, not something to explain beside a field.
    /// </summary>
    private bool IsMalformed() =>
        ArticleForm.MachineFields.Any(field =>
            ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 && !string.IsNullOrEmpty(entry.AttemptedValue));

    private void AddErrors(IEnumerable<FieldError>? errors)
    {
        foreach (var error in errors ?? [])
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
