using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/nguoi-dung")]
[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(
    PortalDbContext db, UserManager<PortalUser> users, AdminAccounts accounts, AuditLog audit, TimeProvider time)
    : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Users with their roles in one query, not one GetRolesAsync round trip per user.
        var found = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.IsDisabled,
                u.LockoutEnd,
                u.MustChangePassword,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
                    .OrderBy(name => name)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return View(found.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName, u.Roles, u.IsDisabled, u.LockoutEnd > now, u.MustChangePassword)).ToList());
    }

    [HttpGet("tao")]
    public IActionResult Create() => View(new UserForm());

    [HttpPost("tao")]
    public async Task<IActionResult> Create(UserForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var password = AdminAccounts.GeneratePassword();
        var (user, result) = await accounts.CreateAsync(form.Email, form.DisplayName, form.Role, password, mustChangePassword: true);
        if (user is null)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Email), error.Description);
            }

            return View(form);
        }

        await audit.RecordAsync(AuditAction.Create, user, VietnameseFormat.Text(AccountText.Audit_Created, RoleNames.Vietnamese(form.Role)));
        return View("OneTimePassword", new OneTimePasswordViewModel(form.Email, password));
    }

    [HttpGet("{id}/sua")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? PortalUser.EditorRole;
        return View(new UserForm { Email = user.Email ?? "", DisplayName = user.DisplayName, Role = role });
    }

    [HttpPost("{id}/sua")]
    public async Task<IActionResult> Edit(string id, UserForm form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        // The email is the sign-in name and is not changed here.
        ModelState.Remove(nameof(form.Email));
        form.Email = user.Email ?? "";
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var current = await users.GetRolesAsync(user);
        if (user.Id == users.GetUserId(User) && form.Role != PortalUser.AdministratorRole)
        {
            ModelState.AddModelError(nameof(form.Role), AccountText.Users_CannotDemoteSelf);
            return View(form);
        }

        user.DisplayName = form.DisplayName;
        await users.UpdateAsync(user);
        if (!current.Contains(form.Role))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, form.Role);
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.RecordAsync(AuditAction.Update, user, VietnameseFormat.Text(AccountText.Audit_RoleSet, RoleNames.Vietnamese(form.Role)));
        Notify(VietnameseFormat.Text(AccountText.Users_Saved, user.Email));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/vo-hieu-hoa")]
    public async Task<IActionResult> Disable(string id) => await SetDisabledAsync(id, disabled: true);

    [HttpPost("{id}/kich-hoat")]
    public async Task<IActionResult> Enable(string id) => await SetDisabledAsync(id, disabled: false);

    [HttpPost("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var password = AdminAccounts.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            Notify(VietnameseFormat.Text(AccountText.Users_ResetFailed, string.Join(" ", result.Errors.Select(e => e.Description))));
            return RedirectToAction(nameof(Index));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(AuditAction.Update, user, AccountText.Audit_PasswordReset);
        return View("OneTimePassword", new OneTimePasswordViewModel(user.Email ?? "", password));
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && user.Id == users.GetUserId(User))
        {
            Notify(AccountText.Users_CannotDisableSelf);
            return RedirectToAction(nameof(Index));
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);

        // A new security stamp ends the account's open sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.Update, user, disabled ? AccountText.Audit_Disabled : AccountText.Audit_Enabled);
        Notify(VietnameseFormat.Text(disabled ? AccountText.Users_DisabledNotice : AccountText.Users_EnabledNotice, user.Email));
        return RedirectToAction(nameof(Index));
    }
}
