namespace ThanhMieu.Portal.Domain;

/// <summary>
/// An editable entity: audit times and an optimistic-concurrency stamp that changes on every save.
/// </summary>
public interface IVersioned
{
    DateTime CreatedAtUtc { get; set; }

    DateTime UpdatedAtUtc { get; set; }

    Guid ConcurrencyStamp { get; set; }

    /// <summary>Who saved last (a sign-in name, or the system); shown when a save meets someone else's newer one.</summary>
    string? UpdatedBy { get; set; }
}

/// <summary>
/// Content that staff can archive: hidden from the public site but kept, and restorable. Articles too: archiving
/// is not one of an article's publishing states.
/// </summary>
public interface IArchivable
{
    bool IsArchived { get; set; }
}

/// <summary>
/// What every content type has: an id, the slug of its address, an archive flag and the bookkeeping of its saves.
/// Not an entity of its own: each type's table carries these columns.
/// </summary>
public abstract class ContentItem : IVersioned, IArchivable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public bool IsArchived { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>
/// A row edited on its parent's edit screen (an indicator's observation, a target's progress update, a site's photo):
/// no address or archive of its own, but the same bookkeeping as content, so two stale saves of one row meet like two
/// stale saves of an article do.
/// </summary>
public abstract class ChildRow : IVersioned
{
    public int Id { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public string? UpdatedBy { get; set; }
}
