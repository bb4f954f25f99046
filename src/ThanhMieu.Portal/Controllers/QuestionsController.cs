using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

/// <summary>/hoi-dap: residents send questions and feedback, look theirs up by tracking code, and read the answered ones.</summary>
[Route("hoi-dap")]
public sealed class QuestionsController(ResidentQuestions questions) : Controller
{
    public const string CodeParameter = "ma";
    public const string FormPrefix = "Form";
    public const string NoticeKey = "QuestionNotice";

    [HttpGet("", Name = RouteNames.Questions)]
    public async Task<IActionResult> Index([FromQuery(Name = PublicPaging.PageParameter)] int page = 1, CancellationToken cancellationToken = default) =>
        !ModelState.IsValid ? BadRequest() : await PageAsync(new AskForm(), page, StatusCodes.Status200OK, cancellationToken);

    /// <summary>
    /// Takes a question in and sends the asker to its status page with the tracking code. A filled trap field, a
    /// missing consent, oversize input or the same question again is refused with the form shown again.
    /// </summary>
    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.Questions)]
    public async Task<IActionResult> Ask([Bind(Prefix = FormPrefix)] AskForm form, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(form.Website))
        {
            ModelState.AddModelError("", QuestionText.Ask_Refused);
            return await PageAsync(form, 1, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var consent = FormPrefix + "." + nameof(form.Consent);
        if (!form.Consent && ModelState.GetFieldValidationState(consent) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(consent, QuestionText.Ask_Consent_Required);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(form, 1, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (await questions.SubmitAsync(form, cancellationToken) is not { } code)
        {
            ModelState.AddModelError("", QuestionText.Ask_Duplicate);
            return await PageAsync(form, 1, StatusCodes.Status409Conflict, cancellationToken);
        }

        TempData[NoticeKey] = VietnameseFormat.Text(QuestionText.Questions_Received, code);
        return RedirectToRoute(RouteNames.QuestionStatus, new RouteValueDictionary { [CodeParameter] = code });
    }

    /// <summary>A question's status by its code; without a code, the look-up form. Rate limited, so codes cannot be guessed in bulk.</summary>
    [HttpGet("tra-cuu", Name = RouteNames.QuestionStatus)]
    [EnableRateLimiting(RateLimitPolicies.General)]
    public async Task<IActionResult> Status([FromQuery(Name = CodeParameter)] string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return View(new QuestionLookupViewModel(null, null, null));
        }

        if (ResidentQuestions.NormalizeCode(code) is not { } wellFormed)
        {
            return StatusView(new QuestionLookupViewModel(code, null, QuestionText.Questions_CodeMalformed), StatusCodes.Status400BadRequest);
        }

        return await questions.StatusAsync(wellFormed, cancellationToken) is { } status
            ? View(new QuestionLookupViewModel(wellFormed, status, null))
            : StatusView(new QuestionLookupViewModel(wellFormed, null, QuestionText.Questions_CodeUnknown), StatusCodes.Status404NotFound);
    }

    [HttpGet("{slug}", Name = RouteNames.Question)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken) =>
        Slugifier.IsWellFormed(slug) && await questions.AnsweredAsync(slug, cancellationToken) is { } question ? View(question) : NotFound();

    private async Task<IActionResult> PageAsync(AskForm form, int page, int status, CancellationToken cancellationToken)
    {
        if (await questions.AnsweredAsync(page, cancellationToken) is not { } answered)
        {
            return NotFound();
        }

        var view = View(nameof(Index), new QuestionsPageViewModel(form, answered));
        view.StatusCode = status;
        return view;
    }

    private ViewResult StatusView(QuestionLookupViewModel model, int status)
    {
        var view = View(nameof(Status), model);
        view.StatusCode = status;
        return view;
    }
}
