using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record OrganisationRow(int Id, string Name, int OfficialCount, bool IsArchived);

public sealed class OrganisationForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    [StringLength(MarkdownMaxLength), MarkdownField]
    public string? DutiesMarkdown { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? NameEn { get; set; }

    [StringLength(MarkdownMaxLength), MarkdownField]
    public string? DutiesEnMarkdown { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? Contact { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

/// <summary>One person's form on a body's edit screen; each row is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class OfficialForm : IChildRowForm
{
    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public const string NewPrefix = "NewOfficial";

    public static string PrefixFor(int id) => "Official" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    [Required, StringLength(FieldLengths.Name)]
    public string? Position { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? PositionEn { get; set; }

    [StringLength(FieldLengths.Label)]
    public string? Phone { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Email { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? PhotoPath { get; set; }

    [StringLength(FieldLengths.AltText)]
    public string? PhotoAlt { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>The page that asks before a person is removed from a body.</summary>
public sealed record OfficialDeletePage(int OrganisationId, string OrganisationName, string Question, OfficialForm Row);

public sealed class OrganisationEditPage(int? id, OrganisationForm form) : EditPage<OrganisationForm>(id, form)
{
    /// <summary>The id of the people section, where saves of a person return to.</summary>
    public const string OfficialsAnchor = "can-bo";

    public IReadOnlyList<OfficialForm> Officials { get; init; } = [];

    public OfficialForm NewOfficial { get; init; } = new();
}
