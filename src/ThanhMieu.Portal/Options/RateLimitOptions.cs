namespace ThanhMieu.Portal.Options;

/// <summary>
/// Request rate limits (fixed windows). Bound from the <c>RateLimits</c> configuration section. A client over a
/// limit gets 429 with <c>Retry-After</c> and a Vietnamese page.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in attempts (POST) per client address per window.</summary>
    [Range(1, 1_000_000)]
    public int SignInPerAddress { get; set; } = 10;

    /// <summary>Sign-in attempts (POST) per account (the email posted) per window, from any address.</summary>
    [Range(1, 1_000_000)]
    public int SignInPerAccount { get; set; } = 5;

    /// <summary>The sign-in window, in seconds.</summary>
    [Range(1, 24 * 60 * 60)]
    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Requests per client address per window on endpoints with the general policy (search, API).</summary>
    [Range(1, 1_000_000)]
    public int GeneralPerAddress { get; set; } = 120;

    /// <summary>The general window, in seconds.</summary>
    [Range(1, 24 * 60 * 60)]
    public int GeneralWindowSeconds { get; set; } = 60;

    /// <summary>Residents' questions (POST /hoi-dap) per client address per window.</summary>
    [Range(1, 1_000_000)]
    public int QuestionsPerAddress { get; set; } = 5;

    /// <summary>The questions window, in seconds.</summary>
    [Range(1, 24 * 60 * 60)]
    public int QuestionsWindowSeconds { get; set; } = 3600;
}
