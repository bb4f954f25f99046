using Microsoft.AspNetCore.Html;

namespace ThanhMieu.Portal.Models;

/// <summary>One result: its type's name, its title and snippet with the matched words marked, and its public address.</summary>
public sealed record SearchResult(string KindName, IHtmlContent Title, string Url, IHtmlContent Snippet, DateTime DateUtc);

/// <summary>The search page: the query as typed, and one page of results (none for an empty query).</summary>
public sealed record SearchViewModel(string Query, IReadOnlyList<SearchResult> Results, int Page, int PageCount, int TotalCount)
{
    public bool HasQuery => Query.Length > 0;

    /// <summary>Why the query could not be searched (too long), shown instead of results.</summary>
    public string? Error { get; init; }

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The route values of another page of the same query.</summary>
    public IDictionary<string, string> RouteValues(int page) =>
        new Dictionary<string, string>(PublicPaging.RouteValues(page).Select(v => KeyValuePair.Create(v.Key, Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "")))
        {
            ["q"] = Query,
        };
}
