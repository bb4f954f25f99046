using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        builder.Property(d => d.DocumentNumber).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.Property(d => d.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.IssuingBody).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(d => d.Signer).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.Summary).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(d => d.Field).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.Sources).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(d => d.SearchText).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(d => d.SignedOn);
        builder.HasOne(d => d.Replaces).WithMany(d => d.ReplacedBy).HasForeignKey(d => d.ReplacesId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Files).WithOne(f => f.LegalDocument).HasForeignKey(f => f.LegalDocumentId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LegalDocumentFileConfiguration : IEntityTypeConfiguration<LegalDocumentFile>
{
    public void Configure(EntityTypeBuilder<LegalDocumentFile> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(FieldLengths.Path).IsRequired();
        builder.HasIndex(f => f.FileName).IsUnique();
        builder.Property(f => f.OriginalName).HasMaxLength(FieldLengths.Name).IsRequired();
    }
}
