namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record UserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut, bool MustChangePassword);

public sealed class UserForm
{
    [Display(Name = nameof(AccountText.Field_Email), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_EmailRequired), ErrorMessageResourceType = typeof(AccountText))]
    [EmailAddress(ErrorMessageResourceName = nameof(AccountText.Validation_EmailInvalid), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(256, ErrorMessageResourceName = nameof(AccountText.Validation_EmailTooLong), ErrorMessageResourceType = typeof(AccountText))]
    public string Email { get; set; } = "";

    [Display(Name = nameof(AccountText.Field_DisplayName), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_DisplayNameRequired), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(200, ErrorMessageResourceName = nameof(AccountText.Validation_DisplayNameTooLong), ErrorMessageResourceType = typeof(AccountText))]
    public string DisplayName { get; set; } = "";

    [Display(Name = nameof(AccountText.Field_Role), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_RoleRequired), ErrorMessageResourceType = typeof(AccountText))]
    [AllowedValues(
        PortalUser.AdministratorRole, PortalUser.EditorRole,
        ErrorMessageResourceName = nameof(AccountText.Validation_RoleInvalid), ErrorMessageResourceType = typeof(AccountText))]
    public string Role { get; set; } = PortalUser.EditorRole;
}

/// <summary>Shown once after an account is created or its password reset: the one-time password.</summary>
public sealed record OneTimePasswordViewModel(string Email, string Password);

public static class RoleNames
{
    public static string Vietnamese(string role) =>
        role switch
        {
            PortalUser.AdministratorRole => AccountText.Role_Administrator,
            PortalUser.EditorRole => AccountText.Role_Editor,
            _ => role,
        };
}
