using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class HeritageSiteConfiguration : IEntityTypeConfiguration<HeritageSite>
{
    public void Configure(EntityTypeBuilder<HeritageSite> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(h => h.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(h => h.Slug).IsUnique();
        builder.Property(h => h.Summary).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(h => h.DescriptionMarkdown).IsRequired();
        builder.Property(h => h.DescriptionHtml).IsRequired();
        builder.Property(h => h.RecognitionLevel).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.Address).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.Sources).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(h => h.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(h => h.FormerUnit).WithMany(u => u.HeritageSites).HasForeignKey(h => h.FormerUnitId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(h => h.Photos).WithOne(p => p.HeritageSite).HasForeignKey(p => p.HeritageSiteId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HeritagePhotoConfiguration : IEntityTypeConfiguration<HeritagePhoto>
{
    public void Configure(EntityTypeBuilder<HeritagePhoto> builder)
    {
        builder.Property(p => p.AltText).HasMaxLength(FieldLengths.AltText).IsRequired();
        builder.Property(p => p.Caption).HasMaxLength(FieldLengths.Summary);
        // The gallery only refers to the library's image; the image outlives the photo.
        builder.HasOne(p => p.MediaAsset).WithMany().HasForeignKey(p => p.MediaAssetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.HeritageSiteId, p.SortOrder });
    }
}

internal sealed class FestivalConfiguration : IEntityTypeConfiguration<Festival>
{
    public void Configure(EntityTypeBuilder<Festival> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(f => f.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.LunarDate).HasMaxLength(FieldLengths.Label);
        builder.Property(f => f.DateNote).HasMaxLength(FieldLengths.Note);
        builder.Property(f => f.Description).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(f => f.Recognition).HasMaxLength(FieldLengths.Name);
        builder.Property(f => f.Sources).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(f => f.HeritageSite).WithMany(h => h.Festivals).HasForeignKey(f => f.HeritageSiteId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(f => f.Dates).WithOne(d => d.Festival).HasForeignKey(d => d.FestivalId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FestivalDateConfiguration : IEntityTypeConfiguration<FestivalDate>
{
    public void Configure(EntityTypeBuilder<FestivalDate> builder)
    {
        builder.Property(d => d.Source).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(d => new { d.FestivalId, d.SortOrder });
    }
}

internal sealed class FormerUnitConfiguration : IEntityTypeConfiguration<FormerUnit>
{
    public void Configure(EntityTypeBuilder<FormerUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(u => u.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(u => u.Slug).IsUnique();
        builder.Property(u => u.Summary).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(u => u.HistoryMarkdown).IsRequired();
        builder.Property(u => u.HistoryHtml).IsRequired();
        builder.Property(u => u.Sources).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
    }
}
