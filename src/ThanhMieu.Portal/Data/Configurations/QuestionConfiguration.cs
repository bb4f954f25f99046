using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Subject).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(q => q.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(q => q.Slug).IsUnique();
        builder.Property(q => q.Body).HasMaxLength(FieldLengths.Question).IsRequired();
        builder.Property(q => q.Fingerprint).HasMaxLength(64).IsRequired();
        builder.HasIndex(q => q.Fingerprint);
        builder.Property(q => q.AskerName).HasMaxLength(FieldLengths.Name);
        builder.Property(q => q.AskerContact).HasMaxLength(FieldLengths.Name);
        builder.Property(q => q.TrackingCode).HasMaxLength(FieldLengths.Label).IsRequired();
        builder.HasIndex(q => q.TrackingCode).IsUnique();
        builder.HasIndex(q => new { q.Status, q.SubmittedAtUtc });
        builder.Property(q => q.AssignedTo).HasMaxLength(FieldLengths.Name);
        builder.Property(q => q.AnswerMarkdown).IsRequired();
        builder.Property(q => q.AnswerHtml).IsRequired();
        builder.Property(q => q.DeclineReason).HasMaxLength(FieldLengths.Note);
        builder.Property(q => q.ConcurrencyStamp).IsConcurrencyToken();
    }
}
