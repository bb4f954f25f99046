using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name).IsRequired();
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(r => r.BodyMarkdown).IsRequired();
        builder.Property(r => r.CoverImagePath).HasMaxLength(FieldLengths.Path);
        builder.Property(r => r.CoverImageAlt).HasMaxLength(FieldLengths.AltText);
        builder.Property(r => r.SavedBy).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.HasIndex(m => m.FileName).IsUnique();
        builder.Property(m => m.ContentType).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.Property(m => m.OriginalName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(m => m.AltText).HasMaxLength(FieldLengths.AltText).IsRequired();
        builder.Property(m => m.UploadedBy).HasMaxLength(FieldLengths.Name).IsRequired();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });

        // The audit trail's filters, each in the trail's order (newest first), so a page is read from the index.
        builder.HasIndex(a => new { a.Action, a.Id });
        builder.HasIndex(a => new { a.EntityType, a.Id });
    }
}
