namespace ThanhMieu.Portal.Data;

/// <summary>
/// The database text indexes over <see cref="SearchEntry"/> (ADR 0007), which EF Core's model cannot describe: the
/// migrations named SiteSearch run these statements. Schema only; the rows are written by <see cref="Services.SearchIndex"/>.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>
    /// SQLite: an external-content FTS5 table over the folded and the original columns (unicode61 keeps diacritics, so
    /// the original columns tell "duong" with its marks from another word of the same letters; it folds case), with prefix indexes for "tam gi", kept in step by
    /// triggers on every insert, update and delete of an entry.
    /// </summary>
    public static readonly string[] SqliteUp =
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchIndex USING fts5(
            FoldedTitle, FoldedText, Title, Text,
            content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3');
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_Inserted AFTER INSERT ON SearchEntries BEGIN
            INSERT INTO SearchIndex(rowid, FoldedTitle, FoldedText, Title, Text) VALUES (new.Id, new.FoldedTitle, new.FoldedText, new.Title, new.Text);
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_Deleted AFTER DELETE ON SearchEntries BEGIN
            INSERT INTO SearchIndex(SearchIndex, rowid, FoldedTitle, FoldedText, Title, Text) VALUES ('delete', old.Id, old.FoldedTitle, old.FoldedText, old.Title, old.Text);
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_Updated AFTER UPDATE ON SearchEntries BEGIN
            INSERT INTO SearchIndex(SearchIndex, rowid, FoldedTitle, FoldedText, Title, Text) VALUES ('delete', old.Id, old.FoldedTitle, old.FoldedText, old.Title, old.Text);
            INSERT INTO SearchIndex(rowid, FoldedTitle, FoldedText, Title, Text) VALUES (new.Id, new.FoldedTitle, new.FoldedText, new.Title, new.Text);
        END;
        """,
        // Entries written before the table existed (none in a fresh database) are indexed too.
        "INSERT INTO SearchIndex(SearchIndex) VALUES ('rebuild');",
    ];

    public static readonly string[] SqliteDown =
    [
        "DROP TRIGGER IF EXISTS SearchEntries_Updated;",
        "DROP TRIGGER IF EXISTS SearchEntries_Deleted;",
        "DROP TRIGGER IF EXISTS SearchEntries_Inserted;",
        "DROP TABLE IF EXISTS SearchIndex;",
    ];

    /// <summary>
    /// SQL Server: a full-text index (accent-sensitive catalog, so the original columns rank exact spellings) where
    /// Full-Text Search is installed; elsewhere nothing is created and <see cref="Services.SiteSearch"/> falls back to a
    /// LIKE over the folded columns. Full-text DDL cannot run inside a transaction, and EXEC keeps the batch valid
    /// where the feature is missing.
    /// </summary>
    public const string SqlServerUp = """
        IF CAST(SERVERPROPERTY('IsFullTextInstalled') AS int) = 1
            AND NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'PortalSearch')
            EXEC(N'CREATE FULLTEXT CATALOG [PortalSearch] WITH ACCENT_SENSITIVITY = ON');
        IF CAST(SERVERPROPERTY('IsFullTextInstalled') AS int) = 1
            AND NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[SearchEntries]'))
            EXEC(N'CREATE FULLTEXT INDEX ON [SearchEntries] ([FoldedTitle], [FoldedText], [Title], [Text]) KEY INDEX [PK_SearchEntries] ON [PortalSearch] WITH CHANGE_TRACKING AUTO');
        """;

    public const string SqlServerDown = """
        IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[SearchEntries]'))
            EXEC(N'DROP FULLTEXT INDEX ON [SearchEntries]');
        IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'PortalSearch')
            EXEC(N'DROP FULLTEXT CATALOG [PortalSearch]');
        """;
}
