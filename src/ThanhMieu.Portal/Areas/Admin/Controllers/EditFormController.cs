using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>
/// What every edit screen's controller shares: binding the posted main form and turning the pipeline's outcome into
/// Post/Redirect/Get with a notice, the form again with its errors, a 409 conflict page or a 404. Used by
/// <see cref="ContentController{TForm, TFilter, TPage}"/> and <see cref="SingleContentController{TForm, TPage}"/>.
/// </summary>
public abstract class EditFormController<TForm>(string formPrefix) : AdminController
    where TForm : ContentForm, new()
{
    /// <summary>The action of the edit screen a save returns to.</summary>
    protected const string EditAction = "Edit";

    protected FormState MainForm => new(ModelState, formPrefix);

    /// <summary>The route values of the edit screen of the saved item (its id; nothing where the screen has one item).</summary>
    protected virtual object? SavedRouteValues(int id) => new { id };

    protected IActionResult Outcome<TOutcomePage>(EditOutcome<TOutcomePage> outcome)
        where TOutcomePage : class
    {
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.Malformed:
                return BadRequest();
            case SaveStatus.Saved:
                Notify(outcome.Notice);
                OnSaved(outcome.Id);
                return RedirectToAction(EditAction, null, SavedRouteValues(outcome.Id), outcome.Fragment);
            case SaveStatus.Conflict:
                var conflict = View("Edit", outcome.Page);
                conflict.StatusCode = StatusCodes.Status409Conflict;
                return conflict;
            case SaveStatus.Unavailable:
                Response.Headers.RetryAfter = "60";
                var unavailable = View("Edit", outcome.Page);
                unavailable.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return unavailable;
            default:
                // The form again with its errors: 422, so a refused save is never mistaken for a page that worked
                // (unless the action already chose a more exact status, such as 415 for an upload of the wrong kind).
                var invalid = View("Edit", outcome.Page);
                invalid.StatusCode = Response.StatusCode == StatusCodes.Status200OK ? StatusCodes.Status422UnprocessableEntity : Response.StatusCode;
                return invalid;
        }
    }

    /// <summary>After a successful save, before the redirect (articles drop the browser's unsaved copy).</summary>
    protected virtual void OnSaved(int id)
    {
    }

    /// <summary>
    /// Binds the posted main form; null when a field only a tampered page could send malformed failed to bind.
    /// </summary>
    protected async Task<TForm?> BindAsync()
    {
        var form = new TForm();
        await TryUpdateModelAsync(form, formPrefix);
        var prefix = formPrefix.Length == 0 ? "" : formPrefix + ".";

        // An empty stamp is no stamp: a create ignores it, an edit without one is refused by the pipeline (400).
        if (ModelState.TryGetValue(prefix + nameof(ContentForm.ConcurrencyStamp), out var stamp) && string.IsNullOrWhiteSpace(stamp.AttemptedValue))
        {
            ModelState.Remove(prefix + nameof(ContentForm.ConcurrencyStamp));
        }

        var malformed = form.MachineFields.Any(field =>
            ModelState.TryGetValue(prefix + field, out var entry)
            && entry.ValidationState == ModelValidationState.Invalid
            && !string.IsNullOrEmpty(entry.AttemptedValue));
        return malformed ? null : form;
    }
}

/// <summary>
/// The edit screen of a content type that has one item (the site settings): GET and POST at the controller's route,
/// through the same save as every other type. No list, create or archive.
/// </summary>
public abstract class SingleContentController<TForm, TPage>(ISingleContentAdmin<TForm, TPage> admin) : EditFormController<TForm>(admin.FormPrefix)
    where TForm : ContentForm, new()
    where TPage : class, IEditPage
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) => View(await admin.ScreenAsync(cancellationToken));

    [HttpPost("")]
    [ActionName(nameof(Edit))]
    public async Task<IActionResult> EditPost(CancellationToken cancellationToken) =>
        await BindAsync() is { } form ? Outcome(await admin.SaveAsync(form, MainForm, cancellationToken)) : BadRequest();

    protected override object? SavedRouteValues(int id) => null;
}
