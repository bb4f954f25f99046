using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.Property(r => r.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.FromHost).HasMaxLength(FieldLengths.Host).IsRequired();
        builder.Property(r => r.FromPath).HasMaxLength(FieldLengths.Path).IsRequired();

        // One redirect per old address; the index is also the lookup of a request that found no page.
        builder.HasIndex(r => new { r.FromHost, r.FromPath }).IsUnique();
        builder.Property(r => r.ToPath).HasMaxLength(FieldLengths.Path).IsRequired();
        builder.HasIndex(r => r.ToPath);
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.Summary);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
    }
}
