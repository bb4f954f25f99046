using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class LegalDocumentFilter : ContentFilter
{
    public LegalDocumentType? Type { get; set; }

    public LegalDocumentStatus? Status { get; set; }
}

public sealed record LegalDocumentRow(
    int Id, string DocumentNumber, LegalDocumentType Type, DateOnly SignedOn, string Summary, LegalDocumentStatus Status, int FileCount, bool IsArchived);

public sealed class LegalDocumentForm : ContentForm
{
    [Required, StringLength(FieldLengths.Label)]
    public string DocumentNumber { get; set; } = "";

    public LegalDocumentType Type { get; set; }

    [Required, StringLength(FieldLengths.Name)]
    public string IssuingBody { get; set; } = "";

    [StringLength(FieldLengths.Name)]
    public string? Signer { get; set; }

    [Required]
    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    [Required, StringLength(FieldLengths.Summary)]
    public string Summary { get; set; } = "";

    [StringLength(FieldLengths.Name)]
    public string? Field { get; set; }

    public LegalDocumentStatus Status { get; set; }

    public int? ReplacesId { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Sources { get; set; }

    public override string SlugSource => DocumentNumber;

    public override IReadOnlyList<string> MachineFields => [.. base.MachineFields, nameof(ReplacesId)];
}

public sealed class LegalDocumentEditPage(int? id, LegalDocumentForm form) : EditPage<LegalDocumentForm>(id, form)
{
    public const string FilesAnchor = "tep-dinh-kem";

    public IReadOnlyList<LegalDocumentFileRow> Files { get; init; } = [];

    /// <summary>The documents that name this one as the one they replace.</summary>
    public IReadOnlyList<string> ReplacedBy { get; init; } = [];

    public LegalDocumentFileForm NewFile { get; init; } = new();

    public string MaxFileSize { get; init; } = "";
}

public sealed record LegalDocumentFileRow(int Id, string Title, string OriginalName, string Size);

/// <summary>The form that uploads a PDF to a saved document; its fields are prefixed with <see cref="NewPrefix"/>.</summary>
public sealed class LegalDocumentFileForm : IChildRowForm
{
    /// <summary>The row's stamp when the screen was made (see <see cref="IChildRowForm"/>); empty on the "add" form.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public const string NewPrefix = "NewFile";

    [Required, StringLength(FieldLengths.Name)]
    public string Title { get; set; } = "";

    public IFormFile? File { get; set; }

    /// <summary>The checked PDF once stored; set by the server, never posted.</summary>
    [BindNever]
    public StoredFile? Stored { get; set; }
}

public sealed record LegalDocumentFileDeletePage(int DocumentId, string DocumentName, int FileId, string Question);
