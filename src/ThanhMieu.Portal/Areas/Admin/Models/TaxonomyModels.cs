namespace ThanhMieu.Portal.Areas.Admin.Models;

// Categories and tags: how articles are grouped and labelled.

public sealed record CategoryRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived, bool IsWellKnown);

public sealed class CategoryForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Summary)]
    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public override string SlugSource => Name;
}

public sealed record TagRow(int Id, string Name, string Slug, int ArticleCount, bool IsArchived);

public sealed class TagForm : ContentForm
{
    [Required, StringLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    public override string SlugSource => Name;
}

public sealed class TaxonomyEditPage<TForm>(int? id, TForm form) : EditPage<TForm>(id, form)
    where TForm : ContentForm
{
    public int ArticleCount { get; init; }
}
