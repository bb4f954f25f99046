using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(a => a.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Summary).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(a => a.BodyMarkdown).IsRequired();
        builder.Property(a => a.BodyHtml).IsRequired();
        builder.Property(a => a.HeadingsJson).IsRequired();
        builder.Property(a => a.CoverImagePath).HasMaxLength(FieldLengths.Path);
        builder.Property(a => a.CoverImageAlt).HasMaxLength(FieldLengths.AltText);
        builder.Property(a => a.Author).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Status, a.PublishedAtUtc });

        // Serves the public lists' sort (newest first) and every filter of Article.VisibleAt and of the admin's states
        // from the index alone: the row itself holds the bodies before these columns, so reading it for each article
        // went through its overflow pages. See docs/architecture.md, "Data access".
        builder.HasIndex(a => new { a.PublishedAtUtc, a.Id, a.IsArchived, a.Status, a.CategoryId, a.UpdatedAtUtc })
            .HasDatabaseName("IX_Articles_Listing");

        // The same for one category's list (its equality first), which SQLite otherwise answered from the foreign
        // key's index, reading each row; it serves as the foreign key's index too.
        builder.HasIndex(a => new { a.CategoryId, a.PublishedAtUtc, a.Id, a.IsArchived, a.Status })
            .HasDatabaseName("IX_Articles_CategoryListing");

        // The home page's pinned articles: a handful found without reading every visible row.
        builder.HasIndex(a => new { a.IsPinned, a.PinnedUntilUtc });
        builder.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.Summary).IsRequired();
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
    }
}
