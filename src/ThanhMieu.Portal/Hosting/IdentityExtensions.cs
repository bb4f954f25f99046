using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Hosting;

public static class IdentityExtensions
{
    public const string MustChangePasswordClaim = "tm:must_change_password";
    public const string SignInPath = "/admin/dang-nhap";

    /// <summary>PBKDF2 iterations of a password hash (OWASP's figure for PBKDF2-HMAC-SHA512).</summary>
    public const int PasswordIterations = 210_000;
    public const string ChangePasswordPath = "/admin/doi-mat-khau";

    /// <summary>
    /// Identity with the portal's password and lockout rules, the admin sign-in cookie, and Data Protection keys kept
    /// in the data folder so sign-ins survive a restart.
    /// </summary>
    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var admin = builder.Configuration.GetSection(AdminOptions.SectionName).Get<AdminOptions>() ?? new();

        builder.Services.AddIdentity<PortalUser, IdentityRole>(identity =>
            {
                // NIST SP 800-63B: length over composition rules; long passphrases allowed.
                identity.Password.RequiredLength = PasswordRules.MinLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                // Five failures lock an account for one client address only (SignInAttempts); this is the account-wide
                // backstop NIST SP 800-63B allows at most.
                identity.Lockout.MaxFailedAccessAttempts = SignInAttempts.MaxFailuresPerAccount;
                identity.Lockout.DefaultLockoutTimeSpan = SignInAttempts.LockoutTime;
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordRules>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // Every request re-checks the security stamp, so a password change or a disabled account
        // ends the user's other sessions at once rather than after the default 30 minutes.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "tm.admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/admin/dang-xuat";
            cookie.AccessDeniedPath = "/admin/khong-co-quyen";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(admin.SessionMinutes);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                // A signed-in user without the right role gets a plain 403 (shown as a Vietnamese page), not a redirect.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // PBKDF2-HMAC-SHA512 at OWASP's 210,000 iterations (Identity's default is 100,000); a hash made with fewer is
        // made again at the account's next sign-in.
        builder.Services.Configure<PasswordHasherOptions>(hasher => hasher.IterationCount = PasswordIterations);

        // The keys live in the database, under one application name: every node behind the load balancer reads the
        // cookies and antiforgery tokens the others wrote, and a database backup carries the keys with the accounts.
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionKeyImport.ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();

        // Keys at rest: encrypted with a certificate when one is configured (DataProtection:CertificatePath).
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            protection.ProtectKeysWithCertificate(LoadKeyCertificate(certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
        }

        builder.Services.AddScoped<SignInAttempts>();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    /// <summary>The certificate (PKCS#12, with its private key) that encrypts the Data Protection keys; a fault the operator can fix otherwise.</summary>
    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadKeyCertificate(string path, string? password)
    {
        try
        {
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new StartupFaultException($"The certificate {path} (DataProtection:CertificatePath) has no private key: export it as .pfx with its key.");
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupFaultException(
                $"The certificate {path} (DataProtection:CertificatePath) cannot be read ({e.Message}). Check the path and DataProtection:CertificatePassword.", e);
        }
    }

    /// <summary>
    /// Creates the two roles if missing and, in Development only, a first administrator when there is no user at all;
    /// run at every start with seeding on (<see cref="StartupChecks"/>).
    /// </summary>
    public static async Task EnsurePortalAccountsAsync(this IServiceProvider services, IHostEnvironment environment)
    {
        var accounts = services.GetRequiredService<AdminAccounts>();
        await accounts.EnsureRolesAsync();
        if (environment.IsDevelopment())
        {
            var options = services.GetRequiredService<IOptions<AdminOptions>>().Value;
            await accounts.BootstrapDevelopmentAdministratorAsync(options.BootstrapEmail);
        }
    }
}

/// <summary>
/// NIST SP 800-63B's rules: at least 12 characters (Identity's own rule) and at most 128, no composition rules, and
/// nothing an attacker tries first: common passwords, repeats, sequences and keyboard walks (zxcvbn's dictionaries
/// and patterns), the account's own email or name, or the ward's name.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<PortalUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    /// <summary>zxcvbn's score from 0 to 4; 3 means about 10^8 guesses or more.</summary>
    public const int MinStrength = 3;

    /// <summary>zxcvbn's work grows with the length; a password whose first 64 characters are strong is strong.</summary>
    private const int AssessedLength = 64;

    /// <summary>How many letters in a row of the account's own data a password may not hold.</summary>
    private const int SharedPartLength = 6;

    /// <summary>Words an attacker of this site tries first (folded: no diacritics).</summary>
    private static readonly string[] SiteWords = ["thanhmieu", "thanh", "mieu", "phuong", "phutho", "congthongtin", "quantri", "admin"];

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is { Length: > MaxLength })
        {
            return Failed("PasswordTooLong", VietnameseFormat.Text(AccountText.Identity_PasswordTooLong, MaxLength));
        }

        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            // Identity's own length rule answers this one.
            return Task.FromResult(IdentityResult.Success);
        }

        var folded = Slugifier.Fold(password).Replace("-", "", StringComparison.Ordinal);
        var own = OwnWords(user).ToList();
        if (own.Any(word => SharesAPart(folded, word)))
        {
            return Failed("PasswordHasOwnData", AccountText.Identity_PasswordHasOwnData);
        }

        var assessed = password.Length > AssessedLength ? password[..AssessedLength] : password;
        return Zxcvbn.Zxcvbn.MatchPassword(assessed, [.. own, .. SiteWords]).Score < MinStrength
            ? Failed("PasswordTooCommon", AccountText.Identity_PasswordTooCommon)
            : Task.FromResult(IdentityResult.Success);
    }

    /// <summary>The account's email, the email's name part and the display name, folded; parts under 4 letters are left out.</summary>
    private static IEnumerable<string> OwnWords(PortalUser user) =>
        new[] { user.Email, user.Email?.Split('@')[0], user.UserName, user.DisplayName }
            .Select(text => Slugifier.Fold(text).Replace("-", "", StringComparison.Ordinal))
            .Where(word => word.Length >= 4)
            .Distinct();

    /// <summary>
    /// Whether the password holds the word, or any <see cref="SharedPartLength"/> letters in a row of it (the start of
    /// an email, a surname).
    /// </summary>
    private static bool SharesAPart(string password, string word)
    {
        var part = Math.Min(SharedPartLength, word.Length);
        for (var start = 0; start + part <= word.Length; start++)
        {
            if (password.AsSpan().Contains(word.AsSpan(start, part), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}

/// <summary>Adds a claim that keeps a user on the change-password page until a one-time password is replaced.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(IdentityExtensions.MustChangePasswordClaim, "true"));
        }

        if (user.DisplayName.Length > 0)
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }

        return identity;
    }
}
