using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Hosting;

/// <summary>Identity's messages in Vietnamese (from <see cref="AccountText"/>), shown beside the form fields.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), AccountText.Identity_PasswordTooShort, length);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), AccountText.Identity_PasswordMismatch);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), AccountText.Identity_DuplicateEmail, email);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), AccountText.Identity_DuplicateUserName, userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), AccountText.Identity_InvalidEmail, email);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), AccountText.Identity_InvalidUserName, userName);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), AccountText.Identity_ConcurrencyFailure);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), AccountText.Identity_DefaultError);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), AccountText.Identity_UserAlreadyInRole, role);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), AccountText.Identity_UserLockoutNotEnabled);

    private static IdentityError Error(string code, string format, params object?[] values) =>
        new() { Code = code, Description = VietnameseFormat.Text(format, values) };
}
