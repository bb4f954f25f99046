namespace ThanhMieu.Portal.Domain;

/// <summary>Where a resident's question stands: received, assigned to someone, answered, or declined with a reason.</summary>
public enum QuestionStatus
{
    Received = 0,
    Assigned = 1,
    Answered = 2,
    Declined = 3,
}

/// <summary>
/// A resident's question or feedback (/hoi-dap). The asker's name and contact are personal data (Nghi dinh 13/2023):
/// kept only for the answer, never shown publicly, and erased after a configured period. The subject, question and
/// answer of an answered question are published, once staff have checked them for personal data.
/// </summary>
public class Question : ContentItem
{
    public required string Subject { get; set; }

    public string Body { get; set; } = "";

    /// <summary>The folded question text, to notice the same question sent twice.</summary>
    public string Fingerprint { get; set; } = "";

    public string? AskerName { get; set; }

    public string? AskerContact { get; set; }

    /// <summary>When the asker agreed to the processing of their data for the stated purpose; null when staff entered the question.</summary>
    public DateTime? ConsentedAtUtc { get; set; }

    /// <summary>Set when the name and contact were erased.</summary>
    public DateTime? PersonalDataErasedAtUtc { get; set; }

    /// <summary>What the asker keeps to look the question up (unguessable; unique).</summary>
    public required string TrackingCode { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public QuestionStatus Status { get; set; }

    /// <summary>Who in the ward office is preparing the answer.</summary>
    public string? AssignedTo { get; set; }

    public string AnswerMarkdown { get; set; } = "";

    public string AnswerHtml { get; set; } = "";

    public DateTime? AnsweredAtUtc { get; set; }

    public string? DeclineReason { get; set; }

    public void SetAnswer(string markdown, IMarkdownRenderer renderer)
    {
        AnswerMarkdown = markdown;
        AnswerHtml = markdown.Length == 0 ? "" : renderer.Render(markdown).Html;
    }
}
