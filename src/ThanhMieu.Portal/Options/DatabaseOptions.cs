namespace ThanhMieu.Portal.Options;

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}

/// <summary>Where the portal keeps its content. Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (default: an embedded file, nothing to install) or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. Required for SqlServer; for Sqlite it defaults to <c>portal.db</c> in <see cref="DataFolder"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute. Created on first start.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations at start-up. Turn off in production to migrate on purpose.</summary>
    public bool ApplyMigrationsOnStartup { get; set; } = true;

    /// <summary>Seed the initial content when the database has none.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>
    /// Run SQLite's <c>PRAGMA quick_check</c> at start-up and refuse to start on a damaged file, rather than answer 500
    /// on every page that reads the damaged part.
    /// </summary>
    public bool CheckIntegrityOnStartup { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:ConnectionString is required when Database:Provider is SqlServer.",
                [nameof(ConnectionString)]);
        }
    }
}
