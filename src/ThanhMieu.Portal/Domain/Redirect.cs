namespace ThanhMieu.Portal.Domain;

/// <summary>
/// An old address that answers with a permanent redirect to a page of this site: a renamed item's former address
/// (kept by the save path) or one that staff map, such as a page of a former ward's website. Archiving one stops it.
/// The slug is only the row's handle in the admin, made from the old address.
/// </summary>
public class Redirect : ContentItem
{
    /// <summary>
    /// The old website's host name, lower case ("tiencat.viettri.gov.vn"), or "" for an address of this site. Requests
    /// that reach the portal under that host are sent to <see cref="HostingOptions.PublicBaseUrl"/>.
    /// </summary>
    public string FromHost { get; set; } = "";

    /// <summary>
    /// The old path as <see cref="LastingUrls.Normalize"/> keeps it (lower case, no trailing slash, with its
    /// query string if the old site used one), or "" for every other path of <see cref="FromHost"/>.
    /// </summary>
    public string FromPath { get; set; } = "";

    /// <summary>The page of this site it leads to: a path from the site root, with a query or fragment if needed.</summary>
    public required string ToPath { get; set; }

    /// <summary>True when the save path made it because an item's address changed; false when staff made it.</summary>
    public bool IsAutomatic { get; set; }

    public string? Note { get; set; }
}
