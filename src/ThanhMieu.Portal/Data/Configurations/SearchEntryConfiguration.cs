using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public const string RankingIndex = "IX_SearchEntries_Ranking";

    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(e => e.Fragment).HasMaxLength(FieldLengths.Slug);
        builder.Property(e => e.Title).IsRequired();
        builder.Property(e => e.Text).IsRequired();
        builder.Property(e => e.FoldedTitle).IsRequired();
        builder.Property(e => e.FoldedText).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.ItemId });

        // Covers what ranking and the visibility filter read, so a query matching thousands of entries never reads their text.
        builder.HasIndex(e => new { e.DateUtc, e.VisibleFromUtc }).HasDatabaseName(RankingIndex);
    }
}
