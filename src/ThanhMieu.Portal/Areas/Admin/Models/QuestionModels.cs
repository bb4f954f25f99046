namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class QuestionFilter : ContentFilter
{
    public QuestionStatus? Status { get; set; }
}

public sealed record QuestionRow(int Id, string Subject, QuestionStatus Status, DateTime SubmittedAtUtc, string? AssignedTo, bool IsArchived);

/// <summary>What staff edit of a resident's question: the public wording, the progress and the answer. The asker's data is shown, never edited.</summary>
public sealed class QuestionForm : ContentForm
{
    [Required, StringLength(FieldLengths.Title)]
    public string Subject { get; set; } = "";

    [Required, StringLength(FieldLengths.Question)]
    public string Body { get; set; } = "";

    public QuestionStatus Status { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? AssignedTo { get; set; }

    [StringLength(MarkdownMaxLength), MarkdownField]
    public string? AnswerMarkdown { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? DeclineReason { get; set; }

    public override string SlugSource => Subject;
}

public sealed class QuestionEditPage(int? id, QuestionForm form) : EditPage<QuestionForm>(id, form)
{
    public string? TrackingCode { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public string? AskerName { get; init; }

    public string? AskerContact { get; init; }

    public DateTime? ConsentedAtUtc { get; init; }

    public DateTime? PersonalDataErasedAtUtc { get; init; }
}
