namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record FormerUnitRow(int Id, string Name, FormerUnitKind Kind, int SiteCount, bool IsArchived);

public sealed class FormerUnitForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    public FormerUnitKind Kind { get; set; }

    [StringLength(FieldLengths.Summary)]
    public string? Summary { get; set; }

    [StringLength(MarkdownMaxLength), MarkdownField]
    public string? HistoryMarkdown { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? Sources { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed class FormerUnitEditPage(int? id, FormerUnitForm form) : EditPage<FormerUnitForm>(id, form)
{
    public IReadOnlyList<(int Id, string Name, bool IsArchived)> Sites { get; init; } = [];
}
