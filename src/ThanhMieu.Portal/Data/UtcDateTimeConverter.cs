using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ThanhMieu.Portal.Data;

/// <summary>All stored times are UTC; this marks them so when read back, whichever provider stored them.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
