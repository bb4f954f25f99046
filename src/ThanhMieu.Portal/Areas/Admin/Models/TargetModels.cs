namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class TargetFilter : ContentFilter
{
    /// <summary>A breakthrough's id; 0 for the term's general goals (no breakthrough).</summary>
    public int? Breakthrough { get; set; }
}

public sealed record TargetRow(int Id, string Title, string? Breakthrough, TargetStatus Status, int? DeadlineYear, int UpdateCount, bool IsArchived);

public sealed class TargetForm : ContentForm
{
    [Required, StringLength(FieldLengths.Title)]
    public string Title { get; set; } = "";

    public int? BreakthroughId { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Description { get; set; }

    public TargetStatus Status { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Metric { get; set; }

    [StringLength(FieldLengths.Label)]
    public string? Unit { get; set; }

    public decimal? BaselineValue { get; set; }

    public decimal? TargetValue { get; set; }

    [Range(2000, 2100)]
    public int? DeadlineYear { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? ResponsibleBody { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Title;
}

/// <summary>One progress update's form. Each saved update on the edit screen is its own form, prefixed with <see cref="Prefix"/>.</summary>
public sealed class ProgressUpdateForm : IChildRowForm
{
    public const string NewPrefix = "NewUpdate";

    public static string PrefixFor(int id) => "Update" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    [Required]
    public DateOnly? Date { get; set; }

    public decimal? Value { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Note { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Source { get; set; }
}

/// <summary>A saved update as the public site shows it, with its form.</summary>
public sealed record ProgressRow(ProgressUpdateForm Form, DateOnly Date, string? Value, string Note, string Source)
{
    public int Id => Form.Id;
}

/// <summary>The page that asks before a progress update is deleted, showing the update as the edit screen does.</summary>
public sealed record ProgressDeletePage(int TargetId, string TargetTitle, string Question, ProgressRow Row);

public sealed class TargetEditPage(int? id, TargetForm form) : EditPage<TargetForm>(id, form)
{
    public const string UpdatesAnchor = "tien-do";

    public IReadOnlyList<ProgressRow> Updates { get; init; } = [];

    public ProgressUpdateForm NewUpdate { get; init; } = new();
}

public sealed record BreakthroughRow(int Id, string Title, int TermStartYear, int Number, int TargetCount, bool IsArchived);

public sealed class BreakthroughForm : ContentForm
{
    [Required, StringLength(FieldLengths.Title)]
    public string Title { get; set; } = "";

    [Range(2000, 2100)]
    public int TermStartYear { get; set; } = 2025;

    [Range(1, 20)]
    public int Number { get; set; } = 1;

    [StringLength(FieldLengths.Note)]
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
