namespace ThanhMieu.Portal.Options;

/// <summary>Public site settings. Bound from the <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Articles per page on the news list.</summary>
    [Range(1, 100)]
    public int NewsPageSize { get; set; } = 6;

    /// <summary>Latest articles shown on the home page.</summary>
    [Range(1, 20)]
    public int HomeNewsCount { get; set; } = 3;

    /// <summary>Documents per page of the documents register (/van-ban).</summary>
    [Range(1, 100)]
    public int DocumentsPageSize { get; set; } = 20;
    /// <summary>
    /// How long a node keeps the site settings in memory at most: a save drops them at once on this node and, with
    /// Redis, on every node; this bounds how long a node that missed the message shows the old ones.
    /// </summary>
    [Range(1, 3600)]
    public int SettingsCacheSeconds { get; set; } = 300;

    /// <summary>Results per page of the site search (/tim-kiem).</summary>
    [Range(1, 100)]
    public int SearchPageSize { get; set; } = 10;
}
