namespace ThanhMieu.Portal.Domain;

/// <summary>
/// An editable entity: audit times and an optimistic-concurrency stamp that changes on every save.
/// </summary>
public interface IVersioned
{
    DateTime CreatedAtUtc { get; set; }

    DateTime UpdatedAtUtc { get; set; }

    Guid ConcurrencyStamp { get; set; }
}

/// <summary>
/// Content that staff can archive: hidden from the public site but kept, and restorable. (Articles archive through
/// their status instead.)
/// </summary>
public interface IArchivable
{
    bool IsArchived { get; set; }
}
