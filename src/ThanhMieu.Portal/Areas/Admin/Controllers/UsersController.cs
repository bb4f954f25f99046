using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Areas.Admin.Models;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/nguoi-dung")]
[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(UserManager<PortalUser> users, AdminAccounts accounts, AuditLog audit, TimeProvider time)
    : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var now = time.GetUtcNow();
        var rows = new List<UserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            rows.Add(new UserRow(user.Id, user.Email ?? "", user.DisplayName, role, user.IsDisabled,
                user.LockoutEnd > now, user.MustChangePassword));
        }

        return View(rows);
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

        await audit.RecordAsync(AuditAction.Create, $"Tạo tài khoản {form.Email} ({RoleNames.Vietnamese(form.Role)})", nameof(PortalUser), user.Id);
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
            ModelState.AddModelError(nameof(form.Role), "Bạn không thể tự bỏ quyền quản trị của chính mình.");
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

        await audit.RecordAsync(AuditAction.Update, $"Cập nhật tài khoản {user.Email}: {RoleNames.Vietnamese(form.Role)}", nameof(PortalUser), user.Id);
        Notify($"Đã lưu tài khoản {user.Email}.");
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
            Notify("Không đặt lại được mật khẩu: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return RedirectToAction(nameof(Index));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(AuditAction.Update, $"Đặt lại mật khẩu cho {user.Email}", nameof(PortalUser), user.Id);
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
            Notify("Bạn không thể vô hiệu hóa tài khoản của chính mình.");
            return RedirectToAction(nameof(Index));
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);

        // A new security stamp ends the account's open sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.Update, (disabled ? "Vô hiệu hóa" : "Kích hoạt lại") + $" tài khoản {user.Email}", nameof(PortalUser), user.Id);
        Notify((disabled ? "Đã vô hiệu hóa" : "Đã kích hoạt lại") + $" tài khoản {user.Email}.");
        return RedirectToAction(nameof(Index));
    }
}
