namespace ThanhMieu.Portal.Domain;

public enum AuditAction
{
    Create = 0,
    Update = 1,
    Publish = 2,
    Archive = 3,
    Delete = 4,
    Restore = 5,
    SignIn = 6,
    SignInFailed = 7,
    SignOut = 8,
    LockedOut = 9,
    PasswordChanged = 10,
    Upload = 11,
}

/// <summary>Who did what to which entity, and when. Written for every change and every sign-in attempt.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The acting user's id; empty for anonymous actions such as a failed sign-in.</summary>
    public string? UserId { get; set; }

    /// <summary>The acting user's name, or the name that was tried, kept even if the account is deleted later.</summary>
    public string UserName { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>Entity type, e.g. "Article"; empty for sign-in events.</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>What changed, in short: the Vietnamese names of the changed fields.</summary>
    public string Summary { get; set; } = "";

    public string? IpAddress { get; set; }
}
