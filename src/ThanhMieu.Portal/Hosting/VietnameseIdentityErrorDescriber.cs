using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Hosting;

/// <summary>Identity's messages in Vietnamese, shown beside the form fields.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Email {email} đã được dùng cho tài khoản khác." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập {userName} đã được dùng." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"Email “{email}” không hợp lệ." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập “{userName}” không hợp lệ." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Đã có lỗi xảy ra. Vui lòng thử lại." };

    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = $"Tài khoản đã có vai trò {role}." };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = "Tài khoản này không thể bị khóa." };
}
