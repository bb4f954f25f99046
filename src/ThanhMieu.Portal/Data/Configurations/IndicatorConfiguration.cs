using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(i => i.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Unit).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasMany(i => i.Observations).WithOne(o => o.Indicator).HasForeignKey(o => o.IndicatorId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.Note).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(o => o.Source).HasMaxLength(FieldLengths.Note).IsRequired();
    }
}
