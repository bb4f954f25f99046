using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(e => e.Fragment).HasMaxLength(FieldLengths.Slug);
        builder.Property(e => e.Title).IsRequired();
        builder.Property(e => e.Text).IsRequired();
        builder.Property(e => e.FoldedTitle).IsRequired();
        builder.Property(e => e.FoldedText).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.ItemId });
    }
}
