using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Areas.Admin.Controllers;

/// <summary>
/// Base of every admin controller: staff only, and nothing else until a one-time password is replaced.
/// Antiforgery is validated globally; responses are marked no-store by middleware.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Staff)]
public abstract class AdminController : Controller
{
    public const string NoticeKey = "Notice";

    /// <summary>Shows a success notice on the next page (Post/Redirect/Get).</summary>
    protected void Notify(string message) => TempData[NoticeKey] = message;

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var allowed = context.ActionDescriptor.EndpointMetadata.OfType<AllowWithTemporaryPasswordAttribute>().Any();
        if (!allowed && User.HasClaim(IdentityExtensions.MustChangePasswordClaim, "true"))
        {
            context.Result = Redirect(IdentityExtensions.ChangePasswordPath);
            return;
        }

        base.OnActionExecuting(context);
    }
}

public static class Roles
{
    public const string Staff = PortalUser.AdministratorRole + "," + PortalUser.EditorRole;
    public const string Administrator = PortalUser.AdministratorRole;
}

/// <summary>Marks actions that a user with a one-time password may still use (change password, sign out).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AllowWithTemporaryPasswordAttribute : Attribute;
