using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(o => o.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.DutiesMarkdown).IsRequired();
        builder.Property(o => o.DutiesHtml).IsRequired();
        builder.Property(o => o.NameEn).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.DutiesEnHtml).IsRequired();
        builder.Property(o => o.Contact).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasMany(o => o.Officials).WithOne(p => p.Organisation).HasForeignKey(p => p.OrganisationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.Position).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.PositionEn).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Phone).HasMaxLength(FieldLengths.Label);
        builder.Property(p => p.Email).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.PhotoPath).HasMaxLength(FieldLengths.Path);
        builder.Property(p => p.PhotoAlt).HasMaxLength(FieldLengths.AltText);
    }
}
