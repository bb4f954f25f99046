using System.ComponentModel.DataAnnotations;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed class SignInForm
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Email quá dài.")]
    public string Email { get; set; } = "";

    [Display(Name = "Mật khẩu")]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(PasswordRules.MaxLength, ErrorMessage = "Mật khẩu không được dài quá {1} ký tự.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Display(Name = "Mật khẩu hiện tại")]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    [StringLength(PasswordRules.MaxLength, ErrorMessage = "Mật khẩu không được dài quá {1} ký tự.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "Mật khẩu mới")]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
    [StringLength(PasswordRules.MaxLength, MinimumLength = PasswordRules.MinLength, ErrorMessage = "Mật khẩu mới phải dài từ {2} đến {1} ký tự.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Nhập lại mật khẩu mới")]
    [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu mới.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public bool IsFirstSignIn { get; set; }
}
