using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class TargetFilter : ContentFilter
{
    /// <summary>A breakthrough's id; 0 for the term's general goals (no breakthrough).</summary>
    [Display(Name = nameof(ContentText.Target_Breakthrough), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int? Breakthrough { get; set; }
}

public sealed record TargetRow(int Id, string Title, string? Breakthrough, TargetStatus Status, int? DeadlineYear, int UpdateCount, bool IsArchived);

public sealed class TargetForm : ContentForm
{
    [Display(Name = nameof(ContentText.Target_Title), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Target_Title_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Title, ErrorMessageResourceName = nameof(ContentText.Target_Title_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(ContentText.Target_Breakthrough), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int? BreakthroughId { get; set; }

    [Display(Name = nameof(ContentText.Content_Description), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Description_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Description { get; set; }

    [Display(Name = nameof(ContentText.Target_Status), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public TargetStatus Status { get; set; }

    [Display(Name = nameof(ContentText.Target_Metric), Description = nameof(ContentText.Target_Metric_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Target_Metric_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Metric { get; set; }

    [Display(Name = nameof(ContentText.Content_Unit), Description = nameof(ContentText.Target_Unit_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Label, ErrorMessageResourceName = nameof(ContentText.Content_Unit_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Unit { get; set; }

    [Display(Name = nameof(ContentText.Target_BaselineValue), Description = nameof(ContentText.Target_NotStated_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public decimal? BaselineValue { get; set; }

    [Display(Name = nameof(ContentText.Target_TargetValue), Description = nameof(ContentText.Target_NotStated_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public decimal? TargetValue { get; set; }

    [Display(Name = nameof(ContentText.Target_DeadlineYear), Description = nameof(ContentText.Target_NotStated_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Range(2000, 2100, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public int? DeadlineYear { get; set; }

    [Display(Name = nameof(ContentText.Target_ResponsibleBody), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Target_ResponsibleBody_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? ResponsibleBody { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Title;
}

public sealed class ProgressUpdateForm
{
    public const string Prefix = "NewUpdate";

    [Display(Name = nameof(ContentText.Progress_Date), Description = nameof(ContentText.Progress_Date_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Required(ErrorMessageResourceName = nameof(ContentText.Progress_Date_Required), ErrorMessageResourceType = typeof(ContentText))]
    public DateOnly? Date { get; set; }

    [Display(Name = nameof(ContentText.Progress_Value), Description = nameof(ContentText.Progress_Value_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public decimal? Value { get; set; }

    [Display(Name = nameof(ContentText.Progress_Note), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Progress_Note_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Note { get; set; }

    [Display(Name = nameof(ContentText.Content_Source), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Source_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Source { get; set; }
}

public sealed record ProgressRow(int Id, DateOnly Date, string? Value, string Note, string Source);

/// <summary>The page that asks before a progress update is deleted, showing the update as the edit screen does.</summary>
public sealed record ProgressDeletePage(int TargetId, string TargetTitle, string Question, ProgressRow Row);

public sealed class TargetEditPage(int? id, TargetForm form) : EditPage<TargetForm>(id, form)
{
    public const string UpdatesAnchor = "tien-do";

    public required IReadOnlyList<SelectListItem> Breakthroughs { get; init; }

    public IReadOnlyList<SelectListItem> Statuses { get; } = SelectOptions.Of<TargetStatus>(VietnameseFormat.StatusName);

    public IReadOnlyList<ProgressRow> Updates { get; init; } = [];

    public ProgressUpdateForm NewUpdate { get; init; } = new();

    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>>
        {
            [nameof(TargetForm.BreakthroughId)] = Breakthroughs,
            [nameof(TargetForm.Status)] = Statuses,
        };
}

public sealed record BreakthroughRow(int Id, string Title, int TermStartYear, int Number, int TargetCount, bool IsArchived);

public sealed class BreakthroughForm : ContentForm
{
    [Display(Name = nameof(ContentText.Breakthrough_Title), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Breakthrough_Title_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Title, ErrorMessageResourceName = nameof(ContentText.Breakthrough_Title_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(ContentText.Breakthrough_TermStartYear), Description = nameof(ContentText.Breakthrough_TermStartYear_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Range(2000, 2100, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public int TermStartYear { get; set; } = 2025;

    [Display(Name = nameof(ContentText.Breakthrough_Number), Description = nameof(ContentText.Breakthrough_Number_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Range(1, 20, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public int Number { get; set; } = 1;

    [Display(Name = nameof(ContentText.Content_Summary), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Summary_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Summary { get; set; }

    public override string SlugSource => Title;
}

public sealed class BreakthroughEditPage(int? id, BreakthroughForm form) : EditPage<BreakthroughForm>(id, form)
{
    public IReadOnlyList<(int Id, string Title, bool IsArchived)> Targets { get; init; } = [];
}

public static class TermLabels
{
    /// <summary>"2025–2030" for a term starting in 2025.</summary>
    public static string Term(int startYear) => $"{startYear}–{startYear + 5}";

    public static string Breakthrough(int termStartYear, int number, string title) =>
        VietnameseFormat.Text(ContentText.Breakthrough_Label, Term(termStartYear), number, title);
}
