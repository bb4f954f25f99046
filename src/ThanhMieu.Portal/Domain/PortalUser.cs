using Microsoft.AspNetCore.Identity;

namespace ThanhMieu.Portal.Domain;

/// <summary>A staff member who signs in to the admin area.</summary>
public class PortalUser : IdentityUser
{
    public const string AdministratorRole = "Administrator";
    public const string EditorRole = "Editor";

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in, and its open sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for one-time passwords: the user must choose a new one before doing anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
