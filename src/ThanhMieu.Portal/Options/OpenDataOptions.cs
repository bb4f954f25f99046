namespace ThanhMieu.Portal.Options;

/// <summary>
/// The open data's licence, stated on /du-lieu-mo, in its DCAT metadata and in the API's OpenAPI document. Bound from
/// the <c>OpenData</c> configuration section; by default Creative Commons Attribution 4.0 (docs/configuration.md).
/// </summary>
public sealed class OpenDataOptions
{
    public const string SectionName = "OpenData";

    /// <summary>The licence's name as people read it.</summary>
    [Required]
    [MaxLength(200)]
    public string LicenseName { get; set; } = "Creative Commons Attribution 4.0 (CC BY 4.0)";

    /// <summary>The licence's text, an absolute https address.</summary>
    [Required]
    [Url]
    public string LicenseUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}
