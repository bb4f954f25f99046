using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record HeritageSiteRow(int Id, string Name, HeritageKind Kind, string? FormerUnit, int FestivalCount, bool IsArchived);

public sealed class HeritageSiteForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    public HeritageKind Kind { get; set; }

    public int? FormerUnitId { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? Summary { get; set; }

    [StringLength(MarkdownMaxLength), MarkdownField]
    public string? DescriptionMarkdown { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? RecognitionLevel { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Address { get; set; }

    [Range(-90d, 90d)]
    public double? Latitude { get; set; }

    [Range(-180d, 180d)]
    public double? Longitude { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Sources { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class HeritageSiteEditPage(int? id, HeritageSiteForm form) : EditPage<HeritageSiteForm>(id, form)
{
    /// <summary>The id of the gallery section, where saves of a photo return to.</summary>
    public const string PhotosAnchor = "anh";

    public IReadOnlyList<FestivalRow> Festivals { get; init; } = [];

    public IReadOnlyList<HeritagePhotoForm> Photos { get; init; } = [];

    public HeritagePhotoForm NewPhoto { get; init; } = new();
}

/// <summary>One photo's form in a site's gallery; each row is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class HeritagePhotoForm : IChildRowForm
{
    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public const string NewPrefix = "NewPhoto";

    public static string PrefixFor(int id) => "Photo" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    /// <summary>The image's path in the media library (/media/...).</summary>
    [Required, StringLength(FieldLengths.Path)]
    public string? MediaPath { get; set; }

    [Required, StringLength(FieldLengths.AltText)]
    public string? AltText { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? Caption { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>The page that asks before a photo is taken out of a site's gallery.</summary>
public sealed record HeritagePhotoDeletePage(int SiteId, string SiteName, string Question, HeritagePhotoForm Row);

public sealed class FestivalFilter : ContentFilter
{
    /// <summary>A heritage site's id; 0 for festivals held at no particular site.</summary>
    public int? Site { get; set; }
}

public sealed record FestivalRow(int Id, string Name, string? Site, string? LunarDate, bool IsArchived);

public sealed class FestivalForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    public int? HeritageSiteId { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? DateNote { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Description { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Recognition { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Sources { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class FestivalEditPage(int? id, FestivalForm form) : EditPage<FestivalForm>(id, form)
{
    /// <summary>The id of the dates section, where saves of a date return to.</summary>
    public const string DatesAnchor = "ngay";

    /// <summary>The old free-text date while it could not be read as dates (ADR 0010); null otherwise.</summary>
    public string? LegacyLunarDate { get; init; }

    public IReadOnlyList<FestivalDateForm> Dates { get; init; } = [];

    public FestivalDateForm NewDate { get; init; } = new();
}

/// <summary>One lunar date's form on a festival's edit screen; each row is its own form, its fields prefixed with <see cref="Prefix"/>.</summary>
public sealed class FestivalDateForm : IChildRowForm
{
    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public const string NewPrefix = "NewDate";

    public static string PrefixFor(int id) => "Date" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Zero for the "add" form.</summary>
    [BindNever]
    public int Id { get; set; }

    public string Prefix => Id == 0 ? NewPrefix : PrefixFor(Id);

    [Required, Range(1, 30)]
    public int? Day { get; set; }

    [Required, Range(1, 12)]
    public int? Month { get; set; }

    [Range(2, 30)]
    public int? EndDay { get; set; }

    public bool IsLeapMonth { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Source { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Note { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>The page that asks before a festival's date is deleted.</summary>
public sealed record FestivalDateDeletePage(int FestivalId, string FestivalName, string Question, FestivalDateForm Row);
