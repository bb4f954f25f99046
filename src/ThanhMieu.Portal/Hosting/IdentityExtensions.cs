using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Hosting;

public static class IdentityExtensions
{
    public const string MustChangePasswordClaim = "tm:must_change_password";
    public const string SignInPath = "/admin/dang-nhap";
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
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
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

        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();
        var keys = Path.Combine(DataServiceCollectionExtensions.ResolveDataFolder(database, builder.Environment.ContentRootPath), "keys");
        builder.Services.AddDataProtection()
            .SetApplicationName("ThanhMieu.Portal")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));

        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    /// <summary>
    /// With seeding on: creates the two roles if missing and, in Development only, a first administrator when there
    /// is no user at all.
    /// </summary>
    public static async Task InitializePortalIdentityAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        await accounts.EnsureRolesAsync();
        if (app.Environment.IsDevelopment())
        {
            var options = scope.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
            await accounts.BootstrapDevelopmentAdministratorAsync(options.BootstrapEmail);
        }
    }
}

/// <summary>At least 12 characters (Identity's own rule) and at most 128, with no composition rules.</summary>
public sealed class PasswordRules : IPasswordValidator<PortalUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > MaxLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = VietnameseFormat.Text(AccountText.Identity_PasswordTooLong, MaxLength) })
            : IdentityResult.Success);
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
