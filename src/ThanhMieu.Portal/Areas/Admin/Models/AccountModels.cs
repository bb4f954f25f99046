using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class SignInForm
{
    [Display(Name = nameof(AccountText.Field_Email), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_EmailRequired), ErrorMessageResourceType = typeof(AccountText))]
    [EmailAddress(ErrorMessageResourceName = nameof(AccountText.Validation_EmailInvalid), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(256, ErrorMessageResourceName = nameof(AccountText.Validation_EmailTooLong), ErrorMessageResourceType = typeof(AccountText))]
    public string Email { get; set; } = "";

    [Display(Name = nameof(AccountText.Field_Password), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_PasswordRequired), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(PasswordRules.MaxLength, ErrorMessageResourceName = nameof(AccountText.Validation_PasswordTooLong), ErrorMessageResourceType = typeof(AccountText))]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Display(Name = nameof(AccountText.Field_CurrentPassword), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_CurrentPasswordRequired), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(PasswordRules.MaxLength, ErrorMessageResourceName = nameof(AccountText.Validation_PasswordTooLong), ErrorMessageResourceType = typeof(AccountText))]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = nameof(AccountText.Field_NewPassword), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_NewPasswordRequired), ErrorMessageResourceType = typeof(AccountText))]
    [StringLength(
        PasswordRules.MaxLength, MinimumLength = PasswordRules.MinLength,
        ErrorMessageResourceName = nameof(AccountText.Validation_NewPasswordLength), ErrorMessageResourceType = typeof(AccountText))]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = nameof(AccountText.Field_ConfirmPassword), ResourceType = typeof(AccountText))]
    [Required(ErrorMessageResourceName = nameof(AccountText.Validation_ConfirmPasswordRequired), ErrorMessageResourceType = typeof(AccountText))]
    [Compare(nameof(NewPassword), ErrorMessageResourceName = nameof(AccountText.Validation_ConfirmPasswordMismatch), ErrorMessageResourceType = typeof(AccountText))]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public bool IsFirstSignIn { get; set; }
}
