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
    /// <summary>How long a node keeps the site settings in memory; a save on the node drops them at once.</summary>
    [Range(1, 3600)]
    public int SettingsCacheSeconds { get; set; } = 300;

    /// <summary>Results per page of the site search (/tim-kiem).</summary>
    [Range(1, 100)]
    public int SearchPageSize { get; set; } = 10;
}
