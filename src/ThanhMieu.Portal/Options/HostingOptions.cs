using System.Net;

namespace ThanhMieu.Portal.Options;

/// <summary>
/// How the portal sits behind a reverse proxy and which address it answers to. Bound from the <c>Hosting</c>
/// configuration section. Forwarded headers are honoured only when at least one proxy or network is listed.
/// </summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string SectionName = "Hosting";

    /// <summary>
    /// The public origin of the site (<c>https://thanhmieu.example</c>: scheme, host and port only). When set,
    /// redirects the app builds itself (sign-in, sign-out) go to this origin; when empty they are relative. The
    /// request's Host is never used for them.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are trusted.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of trusted reverse proxies.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in front of the app, at most, are read from the forwarded headers.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Whether any proxy is trusted, i.e. whether forwarded headers are read at all.</summary>
    public bool TrustsProxies => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The configured origin (<c>https://host[:port]</c>, no trailing slash), or null for relative redirects.</summary>
    public string? PublicOrigin =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl, UriKind.Absolute).GetLeftPart(UriPartial.Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
                || url.PathAndQuery != "/" || url.Fragment.Length > 0))
        {
            yield return new ValidationResult("Hosting:PublicBaseUrl must be an origin only, such as https://thanhmieu.example.", [nameof(PublicBaseUrl)]);
        }

        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownNetworks: '{network}' is not a network in CIDR notation.", [nameof(KnownNetworks)]);
        }
    }
}
