using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInAttempts attempts, AuditLog audit) : AdminController
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

        // Every answer below costs one password check, and an unknown name fails and locks like a real one.
        var address = RateLimitingExtensions.ClientAddress(HttpContext);
        if (attempts.IsLockedOut(address, form.Email))
        {
            attempts.SpendTheTimeOfAPasswordCheck(form.Password);
            await audit.RecordAsync(AuditAction.LockedOut, AccountText.Audit_LockedOut, userName: form.Email);
            return Refused(form, AccountText.SignIn_LockedOut);
        }

        var user = await users.FindByEmailAsync(form.Email);
        if (user is null)
        {
            attempts.SpendTheTimeOfAPasswordCheck(form.Password);
            await audit.RecordAsync(AuditAction.SignInFailed, AccountText.Audit_NoAccount, userName: form.Email);
            return await FailedAsync(form, address, user);
        }

        if (user.IsDisabled)
        {
            // Only someone who knows the password learns that the account is disabled.
            if (await users.CheckPasswordAsync(user, form.Password))
            {
                await audit.RecordAsync(AuditAction.SignInFailed, user, AccountText.Audit_AccountDisabled, byTheAccount: true);
                return Refused(form, AccountText.SignIn_Disabled);
            }

            await audit.RecordAsync(AuditAction.SignInFailed, user, AccountText.Audit_WrongPassword, byTheAccount: true);
            return await FailedAsync(form, address, user);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            attempts.Succeeded(address, form.Email);
            await audit.RecordAsync(AuditAction.SignIn, user, AccountText.Audit_SignedIn, byTheAccount: true);
            return user.MustChangePassword
                ? RedirectToAction(nameof(ChangePassword))
                : form.ReturnUrl is { } returnUrl ? LocalRedirect(returnUrl) : RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        if (result.IsLockedOut)
        {
            // The account-wide backstop: Identity answers without checking the password, so the time is spent here.
            attempts.SpendTheTimeOfAPasswordCheck(form.Password);
            await audit.RecordAsync(AuditAction.LockedOut, user, AccountText.Audit_LockedOut, byTheAccount: true);
            return Refused(form, AccountText.SignIn_LockedOut);
        }

        await audit.RecordAsync(AuditAction.SignInFailed, user, AccountText.Audit_WrongPassword, byTheAccount: true);
        return await FailedAsync(form, address, user);
    }

    /// <summary>A failure counted for this address and name; the one that reaches the limit already says so.</summary>
    private async Task<IActionResult> FailedAsync(SignInForm form, string address, PortalUser? user)
    {
        attempts.Failed(address, form.Email);
        if (!attempts.IsLockedOut(address, form.Email))
        {
            return Refused(form, AccountText.SignIn_Failed);
        }

        await (user is null
            ? audit.RecordAsync(AuditAction.LockedOut, AccountText.Audit_LockedOut, userName: form.Email)
            : audit.RecordAsync(AuditAction.LockedOut, user, AccountText.Audit_LockedOut, byTheAccount: true));
        return Refused(form, AccountText.SignIn_LockedOut);
    }

    private ViewResult Refused(SignInForm form, string message)
    {
        ModelState.AddModelError("", message);
        return View(form);
    }

    /// <summary>
    /// Ends the session for good: the security stamp is renewed, so a copy of the cookie no longer opens anything (the
    /// user's sessions on other devices end too), and the browser is told to drop this site's storage, where the
    /// editor keeps unsaved drafts.
    /// </summary>
    [AllowWithTemporaryPassword]
    [HttpPost("dang-xuat")]
    public async Task<IActionResult> EndSession()
    {
        await audit.RecordAsync(AuditAction.SignOut, AccountText.Audit_SignedOut);
        var user = await users.GetUserAsync(User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
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
