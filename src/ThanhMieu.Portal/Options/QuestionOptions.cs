namespace ThanhMieu.Portal.Options;

/// <summary>Residents' questions (/hoi-dap). Bound from the <c>Questions</c> configuration section.</summary>
public sealed class QuestionOptions
{
    public const string SectionName = "Questions";

    /// <summary>Days after submission when the asker's name and contact are erased (the question and answer stay).</summary>
    [Range(1, 3650)]
    public int KeepPersonalDataDays { get; set; } = 180;

    /// <summary>Hours in which the same question sent again is refused as a duplicate.</summary>
    [Range(1, 24 * 30)]
    public int DuplicateWindowHours { get; set; } = 24;

    /// <summary>Answered questions per page of the public list.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 10;
}
