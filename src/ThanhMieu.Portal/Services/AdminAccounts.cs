using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Services;

/// <summary>Creates staff accounts. No account ever has a default password: each one is given or random.</summary>
public sealed class AdminAccounts(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, TimeProvider time, ILogger<AdminAccounts> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { PortalUser.AdministratorRole, PortalUser.EditorRole })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    public async Task<(PortalUser? User, IdentityResult Result)> CreateAsync(
        string email, string displayName, string role, string password, bool mustChangePassword)
    {
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            MustChangePassword = mustChangePassword,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };

        await EnsureRolesAsync();
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (null, result);
        }

        result = await users.AddToRoleAsync(user, role);
        return (result.Succeeded ? user : null, result);
    }

    /// <summary>
    /// Development only: when no user exists, creates an administrator with a random one-time password,
    /// printed once to the console and never stored in clear or logged.
    /// </summary>
    public async Task BootstrapDevelopmentAdministratorAsync(string email)
    {
        if (await users.Users.AnyAsync())
        {
            return;
        }

        var password = GeneratePassword();
        var (user, result) = await CreateAsync(email, AccountText.Role_Administrator, PortalUser.AdministratorRole, password, mustChangePassword: true);
        if (user is null)
        {
            logger.LogError("Could not create the bootstrap administrator: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
            return;
        }

        Console.WriteLine();
        Console.WriteLine("==================================================================");
        Console.WriteLine(" " + AccountText.Bootstrap_Created);
        Console.WriteLine("   " + VietnameseFormat.Text(AccountText.Bootstrap_SignIn, Hosting.IdentityExtensions.SignInPath, email));
        Console.WriteLine("   " + VietnameseFormat.Text(AccountText.Bootstrap_Password, password));
        Console.WriteLine(" " + AccountText.Bootstrap_ChangePassword);
        Console.WriteLine("==================================================================");
        Console.WriteLine();
    }
}
