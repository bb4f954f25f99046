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
