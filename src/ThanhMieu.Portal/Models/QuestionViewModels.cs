namespace ThanhMieu.Portal.Models;

/// <summary>
/// What a resident sends from /hoi-dap. Labels and messages come from resources by convention (FieldText: Ask_…).
/// <see cref="Website"/> is a trap for robots: hidden from people, so anything in it means the form was not filled by one.
/// </summary>
public sealed class AskForm
{
    [StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Contact { get; set; }

    [Required, StringLength(FieldLengths.Title)]
    public string Subject { get; set; } = "";

    [Required, StringLength(FieldLengths.Question)]
    public string Question { get; set; } = "";

    /// <summary>Consent to the processing of the name and contact for answering (Nghi dinh 13/2023/ND-CP).</summary>
    public bool Consent { get; set; }

    public string? Website { get; set; }
}

public sealed record AnsweredQuestionViewModel(string Slug, string Subject, string Question, string AnswerHtml, DateTime? AnsweredAtUtc);

public sealed record QuestionsViewModel(IReadOnlyList<AnsweredQuestionViewModel> Answered, int Page, int PageCount);

/// <summary>/hoi-dap: the form (with the posted values and errors when it is shown again) and the answered questions.</summary>
public sealed record QuestionsPageViewModel(AskForm Form, QuestionsViewModel Questions);

/// <summary>What an asker sees by tracking code: no personal data, the status in words, the answer or the reason.</summary>
public sealed record QuestionStatusViewModel(
    string TrackingCode, string Subject, DateTime SubmittedAtUtc, QuestionStatus Status, string? AnswerHtml, string? DeclineReason, string? PublicSlug);

/// <summary>The look-up page: the code as typed, the question when found, or why not.</summary>
public sealed record QuestionLookupViewModel(string? Code, QuestionStatusViewModel? Question, string? Error);
