namespace ThanhMieu.Portal.Options;

/// <summary>
/// The output cache of anonymous public pages (<c>Hosting/OutputCachingExtensions</c>). Bound from
/// <c>Portal:OutputCaching</c>.
/// </summary>
public sealed class OutputCachingOptions
{
    public const string SectionName = "Portal:OutputCaching";

    /// <summary>Serve anonymous public GET and HEAD answers from the cache; false runs every request through the app.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a page stays cached. Every save evicts at once on this node (and on every node when the cache is
    /// shared); the limit bounds how long another node with its own memory cache can lag behind.
    /// </summary>
    [Range(1, 86400)]
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>The longest a search result page stays cached (by its full query string).</summary>
    [Range(1, 3600)]
    public int SearchMaxAgeSeconds { get; set; } = 60;
}
