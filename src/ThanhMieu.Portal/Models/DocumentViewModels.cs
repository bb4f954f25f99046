namespace ThanhMieu.Portal.Models;

/// <summary>
/// The query string of /van-ban, named as residents read it: ?q= words or a number, ?loai= a type (its slug),
/// ?co-quan= the issuing body, ?linh-vuc= the field, ?nam= the year signed, ?trang= the page.
/// </summary>
public sealed class DocumentQuery
{
    [StringLength(FieldLengths.Name)]
    public string? Q { get; set; }

    [StringLength(FieldLengths.Label)]
    public string? Type { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Issuer { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Field { get; set; }

    [Range(1900, 2100)]
    public int? Year { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The route values of this query at another page (the first page has no number).</summary>
    public Dictionary<string, string> RouteValues(int page)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("q", Q);
        Add("loai", Type);
        Add("co-quan", Issuer);
        Add("linh-vuc", Field);
        Add("nam", Year?.ToString(CultureInfo.InvariantCulture));
        Add("trang", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Type is not null || Issuer is not null || Field is not null || Year is not null;
}

public sealed record DocumentListViewModel(
    DocumentQuery Query,
    IReadOnlyList<LegalDocument> Documents,
    int PageCount,
    int TotalCount,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<string> Fields,
    IReadOnlyList<int> Years)
{
    public int Page => Query.Page;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

/// <summary>A document's page: the document with its files and the documents it replaces and is replaced by (those that show).</summary>
public sealed record DocumentViewModel(LegalDocument Document, LegalDocument? Replaces);
