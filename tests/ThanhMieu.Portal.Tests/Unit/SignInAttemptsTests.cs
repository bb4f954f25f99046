using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class SignInAttemptsTests
{
    private static SignInAttempts NewAttempts() => new(new MemoryCache(new MemoryCacheOptions()), new PasswordHasher<PortalUser>());

    [Fact]
    public void FiveFailures_LockTheNameForThatAddressOnly_WhateverTheCase()
    {
        var attempts = NewAttempts();
        for (var failure = 1; failure < SignInAttempts.MaxFailuresPerAddress; failure++)
        {
            attempts.Failed("203.0.113.7", "can-bo@example.org");
        }

        Assert.False(attempts.IsLockedOut("203.0.113.7", "can-bo@example.org"));
        attempts.Failed("203.0.113.7", " CAN-BO@example.org ");

        Assert.True(attempts.IsLockedOut("203.0.113.7", "can-bo@example.org"));
        Assert.False(attempts.IsLockedOut("203.0.113.8", "can-bo@example.org"));
        Assert.False(attempts.IsLockedOut("203.0.113.7", "ai-khac@example.org"));
    }

    [Fact]
    public void ASuccess_StartsTheCountAgain()
    {
        var attempts = NewAttempts();
        for (var failure = 1; failure < SignInAttempts.MaxFailuresPerAddress; failure++)
        {
            attempts.Failed("203.0.113.7", "can-bo@example.org");
        }

        attempts.Succeeded("203.0.113.7", "can-bo@example.org");
        attempts.Failed("203.0.113.7", "can-bo@example.org");

        Assert.False(attempts.IsLockedOut("203.0.113.7", "can-bo@example.org"));
    }
}
