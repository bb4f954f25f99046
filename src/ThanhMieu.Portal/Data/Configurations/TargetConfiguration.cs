using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class BreakthroughConfiguration : IEntityTypeConfiguration<Breakthrough>
{
    public void Configure(EntityTypeBuilder<Breakthrough> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(b => b.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Summary).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(b => b.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(t => t.Metric).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Unit).HasMaxLength(FieldLengths.Label);
        builder.Property(t => t.ResponsibleBody).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(t => t.Breakthrough).WithMany(b => b.Targets).HasForeignKey(t => t.BreakthroughId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.ProgressUpdates).WithOne(p => p.Target).HasForeignKey(p => p.TargetId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(FieldLengths.Note).IsRequired();
    }
}
