using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThanhMieu.Portal.Data.Configurations;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
        foreach (var name in (string[])[nameof(SiteSettings.OfficialName), nameof(SiteSettings.ManagingAgency), nameof(SiteSettings.ResponsiblePerson),
                     nameof(SiteSettings.OfficialNameEn), nameof(SiteSettings.ManagingAgencyEn)])
        {
            builder.Property(name).HasMaxLength(FieldLengths.Name);
        }

        foreach (var name in (string[])[nameof(SiteSettings.Phone), nameof(SiteSettings.Hotline)])
        {
            builder.Property(name).HasMaxLength(FieldLengths.Phone);
        }

        builder.Property(s => s.Email).HasMaxLength(FieldLengths.Email);
        foreach (var name in (string[])[nameof(SiteSettings.OfficeAddress), nameof(SiteSettings.WorkingHours), nameof(SiteSettings.ReceptionSchedule),
                     nameof(SiteSettings.OneStopDeskPlace), nameof(SiteSettings.OneStopDeskHours), nameof(SiteSettings.OfficeAddressEn),
                     nameof(SiteSettings.WorkingHoursEn), nameof(SiteSettings.ReceptionScheduleEn), nameof(SiteSettings.OneStopDeskPlaceEn),
                     nameof(SiteSettings.OneStopDeskHoursEn)])
        {
            builder.Property(name).HasMaxLength(FieldLengths.Summary);
        }

        builder.Property(s => s.NationalPortalUrl).HasMaxLength(FieldLengths.Path);
        builder.Property(s => s.ProvincialPortalUrl).HasMaxLength(FieldLengths.Path);
        builder.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Field).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.WhereToApply).HasMaxLength(FieldLengths.Summary);
        builder.Property(p => p.PortalUrl).HasMaxLength(FieldLengths.Path);
        builder.Property(p => p.Note).HasMaxLength(FieldLengths.Summary);
        builder.Property(p => p.SearchText).HasMaxLength(FieldLengths.SearchText).IsRequired();
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
    }
}
