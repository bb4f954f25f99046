using System.ComponentModel.DataAnnotations;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record UserRow(string Id, string Email, string DisplayName, string Role, bool IsDisabled, bool IsLockedOut, bool MustChangePassword);

public sealed class UserForm
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Email quá dài.")]
    public string Email { get; set; } = "";

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên không được dài quá {1} ký tự.")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Vai trò")]
    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    [AllowedValues(PortalUser.AdministratorRole, PortalUser.EditorRole, ErrorMessage = "Vai trò không hợp lệ.")]
    public string Role { get; set; } = PortalUser.EditorRole;
}

/// <summary>Shown once after an account is created or its password reset: the one-time password.</summary>
public sealed record OneTimePasswordViewModel(string Email, string Password);

public static class RoleNames
{
    public static string Vietnamese(string role) =>
        role switch
        {
            PortalUser.AdministratorRole => "Quản trị viên",
            PortalUser.EditorRole => "Biên tập viên",
            _ => role,
        };
}
