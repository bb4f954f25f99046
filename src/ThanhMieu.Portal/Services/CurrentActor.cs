using System.Security.Claims;

namespace ThanhMieu.Portal.Services;

/// <summary>Who is acting in the current request: a signed-in user, or the system (start-up, commands).</summary>
public sealed record Actor(string? UserId, string Name, string? IpAddress)
{
    public const int MaxNameLength = 200;

    public static string SystemName => CommonText.Audit_System;

    public static Actor System => new(null, SystemName, null);

    public bool IsSystem => UserId is null;

    public static Actor From(HttpContext? context)
    {
        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return System with { IpAddress = context?.Connection.RemoteIpAddress?.ToString() };
        }

        // Sign-in names may be up to 256 characters; audit columns keep 200.
        var name = user.Identity.Name ?? "";
        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            name.Length <= MaxNameLength ? name : name[..MaxNameLength],
            context?.Connection.RemoteIpAddress?.ToString());
    }
}
