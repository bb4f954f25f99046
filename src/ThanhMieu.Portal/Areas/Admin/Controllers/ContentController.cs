using Microsoft.AspNetCore.Mvc;
using ThanhMieu.Portal.Areas.Admin.Models;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>
/// Base of the content screens (indicators, targets, heritage, former units, categories, tags): turns what a
/// content service decided into Post/Redirect/Get with a notice, the form shown again with its errors, a 409
/// conflict page, or a 404.
/// </summary>
public abstract class ContentController : AdminController
{
    /// <summary>Edit screens name their main form's fields "Form.Name", "Form.Slug" ...; child-row forms use their own prefix.</summary>
    public const string FormPrefix = "Form";

    protected FormState MainForm => new(ModelState, FormPrefix);

    protected IActionResult ListOrBadRequest(object page) => ModelState.IsValid ? View(page) : BadRequest();

    protected IActionResult EditOrNotFound(object? page) => page is null ? NotFound() : View("Edit", page);

    protected IActionResult Outcome<TPage>(EditOutcome<TPage> outcome)
        where TPage : class
    {
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Saved:
                Notify(outcome.Notice);
                return RedirectToAction("Edit", null, new { id = outcome.Id }, outcome.Fragment);
            case SaveStatus.Conflict:
                var conflict = View("Edit", outcome.Page);
                conflict.StatusCode = StatusCodes.Status409Conflict;
                return conflict;
            default:
                return View("Edit", outcome.Page);
        }
    }

    /// <summary>After archive or restore: back to where the button was (a list or the edit screen).</summary>
    protected IActionResult ArchiveOutcome(int id, string? notice, string? returnUrl)
    {
        if (notice is null)
        {
            return NotFound();
        }

        Notify(notice);
        return returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Edit", new { id });
    }
}
