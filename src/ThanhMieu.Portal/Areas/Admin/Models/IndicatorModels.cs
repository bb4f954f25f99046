using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThanhMieu.Portal.Areas.Admin.Binding;
using ThanhMieu.Portal.Data.Configurations;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Resources;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class IndicatorFilter : ContentFilter
{
    [Display(Name = nameof(ContentText.Indicator_Group), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public IndicatorGroup? Group { get; set; }
}

public sealed record IndicatorRow(int Id, string Name, IndicatorGroup Group, string Unit, int ObservationCount, bool IsKeyFigure, bool IsArchived);

public sealed class IndicatorForm : ContentForm
{
    [Display(Name = nameof(ContentText.Indicator_Name), ResourceType = typeof(ContentText))]
    [Required(ErrorMessageResourceName = nameof(ContentText.Indicator_Name_Required), ErrorMessageResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Name, ErrorMessageResourceName = nameof(ContentText.Indicator_Name_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ContentText.Indicator_Group), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public IndicatorGroup Group { get; set; }

    [Display(Name = nameof(ContentText.Content_Unit), Description = nameof(ContentText.Indicator_Unit_Hint), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Label, ErrorMessageResourceName = nameof(ContentText.Content_Unit_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Unit { get; set; }

    [Display(Name = nameof(ContentText.Content_Description), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Description_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Description { get; set; }

    [Display(Name = nameof(ContentText.Indicator_IsKeyFigure), ResourceType = typeof(ContentText))]
    public bool IsKeyFigure { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

/// <summary>One observation's form. Each row of the edit screen is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class ObservationForm
{
    public const string NewPrefix = "NewObservation";

    public static string PrefixFor(int id) => "Observation" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    [Display(Name = nameof(ContentText.Observation_StartYear), Description = nameof(ContentText.Observation_StartYear_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Range(1900, 2100, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public int? StartYear { get; set; }

    [Display(Name = nameof(ContentText.Observation_Year), Description = nameof(ContentText.Observation_Year_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Range(1900, 2100, ErrorMessageResourceName = nameof(ContentText.Content_Range), ErrorMessageResourceType = typeof(ContentText))]
    public int? Year { get; set; }

    [Display(Name = nameof(ContentText.Observation_Value), Description = nameof(ContentText.Observation_Value_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    [Required(ErrorMessageResourceName = nameof(ContentText.Observation_Value_Required), ErrorMessageResourceType = typeof(ContentText))]
    public decimal? Value { get; set; }

    [Display(Name = nameof(ContentText.Observation_OutOf), Description = nameof(ContentText.Observation_OutOf_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public decimal? OutOf { get; set; }

    [Display(Name = nameof(ContentText.Observation_Qualifier), ResourceType = typeof(ContentText))]
    [VietnameseInput]
    public ValueQualifier Qualifier { get; set; }

    [Display(Name = nameof(ContentText.Observation_Note), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Observation_Note_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Note { get; set; }

    [Display(Name = nameof(ContentText.Content_Source), ResourceType = typeof(ContentText))]
    [StringLength(FieldLengths.Note, ErrorMessageResourceName = nameof(ContentText.Content_Source_TooLong), ErrorMessageResourceType = typeof(ContentText))]
    public string? Source { get; set; }

    [Display(Name = nameof(ContentText.Content_SortOrder), Description = nameof(ContentText.Content_SortOrder_Hint), ResourceType = typeof(ContentText))]
    [VietnameseInput]
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

    public IReadOnlyList<SelectListItem> Groups { get; } = SelectOptions.Of<IndicatorGroup>(VietnameseFormat.GroupName);

    public static IReadOnlyList<SelectListItem> Qualifiers() =>
        SelectOptions.Of<ValueQualifier>(q => VietnameseFormat.Qualifier(q) is { Length: > 0 } word
            ? char.ToUpper(word[0], VietnameseFormat.Culture) + word[1..] + " …"
            : ContentText.Observation_Qualifier_Exact);

    public IReadOnlyList<ObservationRow> Observations { get; init; } = [];

    public ObservationForm NewObservation { get; init; } = new();

    public override IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices =>
        new Dictionary<string, IReadOnlyList<SelectListItem>> { [nameof(IndicatorForm.Group)] = Groups };
}
