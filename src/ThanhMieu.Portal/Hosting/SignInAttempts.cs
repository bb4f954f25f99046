using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Failed sign-ins counted per client address and account name, whether or not the account exists. Five failures
/// lock that name for that address only, so nobody can lock a colleague out from elsewhere; an unknown name locks
/// like a real one, so the lockout reveals nothing. Identity's own lockout stays as the account-wide backstop, at
/// NIST SP 800-63B's 100 failures in a row. Every answer costs one password hash, so timing reveals nothing either.
/// </summary>
public sealed class SignInAttempts(IMemoryCache cache, IPasswordHasher<PortalUser> hasher)
{
    public const int MaxFailuresPerAddress = 5;
    public const int MaxFailuresPerAccount = 100;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    private const int MaxAccountKeyLength = 256;

    /// <summary>A hash of no one's password, verified when there is no real one to verify; made once per process.</summary>
    private static string? s_decoy;

    public bool IsLockedOut(string address, string account) =>
        cache.TryGetValue<Counter>(Key(address, account), out var counter) && counter!.Failures >= MaxFailuresPerAddress;

    /// <summary>Counts a failure; the count ends <see cref="LockoutTime"/> after the first one.</summary>
    public void Failed(string address, string account)
    {
        var counter = cache.GetOrCreate(Key(address, account), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = LockoutTime;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Failures);
    }

    public void Succeeded(string address, string account) => cache.Remove(Key(address, account));

    /// <summary>The work of checking a password, for the answers that have none to check.</summary>
    public void SpendTheTimeOfAPasswordCheck(string password) =>
        hasher.VerifyHashedPassword(new PortalUser(), s_decoy ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")), password);

    private static string Key(string address, string account)
    {
        var name = account.Trim().ToUpperInvariant();
        return $"sign-in:{address}:{name[..Math.Min(name.Length, MaxAccountKeyLength)]}";
    }

    private sealed class Counter
    {
        public int Failures;
    }
}
