namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class IndicatorFilter : ContentFilter
{
    public IndicatorGroup? Group { get; set; }
}

public sealed record IndicatorRow(int Id, string Name, IndicatorGroup Group, string Unit, int ObservationCount, bool IsKeyFigure, bool IsArchived);

public sealed class IndicatorForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    public IndicatorGroup Group { get; set; }

    [StringLength(FieldLengths.Label)]
    public string? Unit { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Description { get; set; }

    public bool IsKeyFigure { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

/// <summary>One observation's form. Each row of the edit screen is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class ObservationForm : IChildRowForm
{
    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public const string NewPrefix = "NewObservation";

    public static string PrefixFor(int id) => "Observation" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    [Range(1900, 2100)]
    public int? StartYear { get; set; }

    [Range(1900, 2100)]
    public int? Year { get; set; }

    [Required]
    public decimal? Value { get; set; }

    public decimal? OutOf { get; set; }

    public ValueQualifier Qualifier { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Note { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Source { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A saved observation as the public site shows it, with its form.</summary>
public sealed record ObservationRow(ObservationForm Form, string Period, string Value);

/// <summary>The page that asks before an observation is deleted, showing the row as the edit screen does.</summary>
public sealed record ObservationDeletePage(int IndicatorId, string IndicatorName, string Question, ObservationRow Row);

public sealed class IndicatorEditPage(int? id, IndicatorForm form) : EditPage<IndicatorForm>(id, form)
{
    /// <summary>The id of the observations section, where saves of an observation return to.</summary>
    public const string ObservationsAnchor = "so-lieu";

    public static IReadOnlyList<SelectListItem> Qualifiers() =>
        SelectOptions.Of<ValueQualifier>(q => VietnameseFormat.Qualifier(q) is { Length: > 0 } word
            ? char.ToUpper(word[0], VietnameseFormat.Culture) + word[1..] + " …"
            : ContentText.Observation_Qualifier_Exact);

    public IReadOnlyList<ObservationRow> Observations { get; init; } = [];

    public ObservationForm NewObservation { get; init; } = new();
}
