using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : AdminController
{
    [AllowAnonymous]
    [HttpGet("dang-nhap")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) });

    [AllowAnonymous]
    [HttpPost("dang-nhap")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email);
        if (user is null || user.IsDisabled)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, user is null ? AccountText.Audit_NoAccount : AccountText.Audit_AccountDisabled, userName: form.Email);
            ModelState.AddModelError("", user is null ? AccountText.SignIn_Failed : AccountText.SignIn_Disabled);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignIn, user, AccountText.Audit_SignedIn, byTheAccount: true);
            return user.MustChangePassword
                ? RedirectToAction(nameof(ChangePassword))
                : form.ReturnUrl is { } returnUrl ? LocalRedirect(returnUrl) : RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockedOut, user, AccountText.Audit_LockedOut, byTheAccount: true);
            ModelState.AddModelError("", AccountText.SignIn_LockedOut);
        }
        else
        {
            await audit.RecordAsync(AuditAction.SignInFailed, user, AccountText.Audit_WrongPassword, byTheAccount: true);
            ModelState.AddModelError("", AccountText.SignIn_Failed);
        }

        return View(form);
    }

    [AllowWithTemporaryPassword]
    [HttpPost("dang-xuat")]
    public async Task<IActionResult> EndSession()
    {
        await audit.RecordAsync(AuditAction.SignOut, AccountText.Audit_SignedOut);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [AllowWithTemporaryPassword]
    [HttpGet("doi-mat-khau")]
    public IActionResult ChangePassword() =>
        View(new ChangePasswordForm { IsFirstSignIn = User.HasClaim(Hosting.IdentityExtensions.MustChangePasswordClaim, "true") });

    [AllowWithTemporaryPassword]
    [HttpPost("doi-mat-khau")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (form.NewPassword == form.CurrentPassword)
        {
            ModelState.AddModelError(nameof(form.NewPassword), AccountText.Password_SameAsCurrent);
            return View(form);
        }

        // Changing the password renews the security stamp, which ends the user's other sessions.
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(form);
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, user, AccountText.Audit_PasswordChanged);
        Notify(AccountText.Password_Changed);
        return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }

    /// <summary>
    /// A local return address, or null. The posted value is also dropped from the model state, which the hidden field
    /// would otherwise echo back (<c>//evil.example</c> included) in preference to the model.
    /// </summary>
    private string? LocalOrNull(string? url)
    {
        ModelState.Remove(nameof(SignInForm.ReturnUrl));
        return url is not null && Url.IsLocalUrl(url) ? url : null;
    }
}
