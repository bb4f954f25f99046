using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Query;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// The site search (/tim-kiem) over <see cref="SearchEntry"/> rows: every folded query word must start a word of the
/// title or text (AND, prefixes count); results whose words match the query's diacritics come first, then those matched
/// in the title, then the newest. On SQLite the database's FTS5 index answers (each word quoted, so operators and
/// wildcards are literal); on SQL Server its full-text index where the migration could create one, else a LIKE on the
/// folded columns (ADR 0007).
/// </summary>
public sealed class SiteSearch(PortalDbContext db, PublicUrls urls, TimeProvider time, IOptions<PortalOptions> options)
{
    public const int MaxQueryLength = 200;

    private const int SnippetLength = 240;

    private static bool? _sqlServerFullText;

    /// <summary>One page of results for <paramref name="query"/>; null when the page is past the last one.</summary>
    public async Task<SearchViewModel?> SearchAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var typed = SearchWords.Normal(query);
        var words = SearchWords.FoldedWords(typed);
        var pageSize = options.Value.SearchPageSize;
        if (words.Count == 0)
        {
            return page == 1 ? new SearchViewModel(typed, [], 1, 1, 0) : null;
        }

        // Exact spellings only rank when the query has any: "duong" typed plainly ranks nothing above anything.
        var exact = SearchWords.ExactWords(typed);
        var ranksExact = !exact.SequenceEqual(words, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var (total, ids) = db.Database.IsSqlite()
            ? await SqliteAsync(words, ranksExact ? exact : null, now, page, pageSize, cancellationToken)
            : await SqlServerAsync(words, ranksExact ? exact : null, now, page, pageSize, cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var entries = await db.SearchEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var results = ids.Where(entries.ContainsKey).Select(id => entries[id]).Select(e => new SearchResult(
            KindName(e.Kind),
            SearchWords.Highlight(e.Title, words),
            UrlOf(e),
            SearchWords.Highlight(e.Text, words, SnippetLength),
            e.DateUtc)).ToList();
        return new SearchViewModel(typed, results, page, pageCount, total);
    }

    public static string KindName(SearchKind kind) =>
        kind switch
        {
            SearchKind.Article => SearchText.Kind_Article,
            SearchKind.CongressSection => SearchText.Kind_CongressSection,
            SearchKind.HeritageSite => SearchText.Kind_HeritageSite,
            SearchKind.Festival => SearchText.Kind_Festival,
            SearchKind.Target => SearchText.Kind_Target,
            SearchKind.Indicator => SearchText.Kind_Indicator,
            SearchKind.FormerUnit => SearchText.Kind_FormerUnit,
            SearchKind.Document => SearchText.Kind_Document,
            SearchKind.Organisation => SearchText.Kind_Organisation,
            SearchKind.Procedure => SearchText.Kind_Procedure,
            _ => SearchText.Kind_Question,
        };

    private string UrlOf(SearchEntry entry) =>
        entry.Kind switch
        {
            SearchKind.Article => urls.Article(entry.Slug!),
            SearchKind.CongressSection => urls.Congress(entry.Fragment),
            SearchKind.HeritageSite => urls.HeritageSite(entry.Slug!),
            SearchKind.Festival => entry.Slug is { } site ? urls.HeritageSite(site, entry.Fragment) : urls.Heritage(entry.Fragment),
            SearchKind.Target => urls.Target(entry.Slug!),
            SearchKind.Indicator => urls.Indicator(entry.Slug!),
            SearchKind.FormerUnit => urls.FormerUnit(entry.Slug!),
            SearchKind.Document => urls.Document(entry.Slug!),
            SearchKind.Organisation => urls.Organisation(entry.Fragment),
            SearchKind.Procedure => urls.Procedures(entry.Fragment),
            _ => urls.Question(entry.Slug!),
        };

    /// <summary>An FTS5 query: every word quoted (so nothing in it is an operator) and a prefix, in the given columns.</summary>
    private static string Match(string columns, IEnumerable<string> words) =>
        string.Join(" AND ", words.Select(w => columns + " : \"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));

    private async Task<(int Total, List<int> Ids)> SqliteAsync(
        IReadOnlyList<string> words, IReadOnlyList<string>? exact, DateTime now, int page, int pageSize, CancellationToken cancellationToken)
    {
        // The entries are read through the ranking index only (INDEXED BY): it holds every column the query needs.
        // The count rides along as a window over all matches, so the MATCH runs once per expression.
        const string Hits = "SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH ";
        const string Select = "SELECT e.Id, COUNT(*) OVER () AS Total FROM SearchEntries AS e INDEXED BY " + SearchEntryConfiguration.RankingIndex
            + " WHERE e.Id IN (" + Hits + "@all) AND (e.VisibleFromUtc IS NULL OR e.VisibleFromUtc <= @now) ORDER BY ";
        const string Rest = "(e.Id IN (" + Hits + "@title)) DESC, e.DateUtc DESC, e.Id DESC LIMIT @take OFFSET @skip";
        const string ByTitle = Select + Rest;
        const string ByExact = Select + "(e.Id IN (" + Hits + "@exact)) DESC, " + Rest;
        SqliteParameter[] parameters =
        [
            new("@all", Match("{FoldedTitle FoldedText}", words)),
            new("@title", Match("FoldedTitle", words)),
            new("@exact", exact is null ? "" : Match("{Title Text}", exact)),
            new("@now", now),
            new("@take", pageSize),
            new("@skip", Math.Max(0, page - 1) * pageSize),
        ];

        var rows = await db.Database.SqlQueryRaw<RankedId>(exact is null ? ByTitle : ByExact, parameters).ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.Id);

        // A page past the last has no rows to carry the count: with none, every page but the first is not found.
        var total = rows.Count > 0 ? rows[0].Total : 0;
        return (total, ids);
    }

    private async Task<(int Total, List<int> Ids)> SqlServerAsync(
        IReadOnlyList<string> words, IReadOnlyList<string>? exact, DateTime now, int page, int pageSize, CancellationToken cancellationToken)
    {
        _sqlServerFullText ??= await db.Database
            .SqlQueryRaw<int>("SELECT CAST(COALESCE(OBJECTPROPERTY(OBJECT_ID(N'SearchEntries'), 'TableHasActiveFulltextIndex'), 0) AS int) AS Value")
            .SingleAsync(cancellationToken) == 1;
        var fullText = _sqlServerFullText.Value;

        // Folded words are letters and digits only, so neither a CONTAINS term nor a LIKE pattern can carry an operator.
        Expression<Func<SearchEntry, bool>> Folded(string word) => fullText
            ? e => EF.Functions.Contains(e.FoldedTitle, "\"" + word + "*\"") || EF.Functions.Contains(e.FoldedText, "\"" + word + "*\"")
            : e => (" " + e.FoldedTitle + " " + e.FoldedText).Contains(" " + word);
        Expression<Func<SearchEntry, bool>> InTitle(string word) => e => (" " + e.FoldedTitle).Contains(" " + word);

        // Exact spellings: the columns' accent-sensitive collation (or catalog) tells one marked spelling from another.
        Expression<Func<SearchEntry, bool>> Exact(string word) => e => (" " + e.Title + " " + e.Text).Contains(" " + word);

        var matches = db.SearchEntries.AsNoTracking().Where(e => e.VisibleFromUtc == null || e.VisibleFromUtc <= now).Where(AllOf(words, Folded));
        var total = await matches.CountAsync(cancellationToken);
        var ordered = exact is null
            ? matches.OrderByDescending(AllOf(words, InTitle))
            : matches.OrderByDescending(AllOf(exact, Exact)).ThenByDescending(AllOf(words, InTitle));
        var ids = await ordered.ThenByDescending(e => e.DateUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize).Select(e => e.Id).ToListAsync(cancellationToken);
        return (total, ids);
    }

    private sealed class RankedId
    {
        public int Id { get; init; }

        public int Total { get; init; }
    }

    private static Expression<Func<SearchEntry, bool>> AllOf(IEnumerable<string> words, Func<string, Expression<Func<SearchEntry, bool>>> one)
    {
        var parameter = Expression.Parameter(typeof(SearchEntry), "e");
        var body = words.Select(one)
            .Select(e => ReplacingExpressionVisitor.Replace(e.Parameters[0], parameter, e.Body))
            .Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<SearchEntry, bool>>(body, parameter);
    }
}
