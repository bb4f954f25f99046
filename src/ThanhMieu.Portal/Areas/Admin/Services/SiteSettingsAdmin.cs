namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>The ward's contact details and public-service links (/admin/cai-dat, administrators only); one item.</summary>
public sealed class SiteSettingsAdmin(PortalDbContext db, IOptions<AdminOptions> options, PublicUrls urls)
    : SingleContentAdmin<SiteSettings, SiteSettingsForm, SiteSettingsEditPage>(db, options)
{
    protected override string Noun => ContactsText.Settings_Noun;

    protected override string NameOf(SiteSettings entity) => ContactsText.Settings_Name;

    protected override string? PublicUrlOf(SiteSettings entity) => urls.Contacts();

    protected override Task ValidateAsync(SiteSettingsForm form, SiteSettings? entity, FormState state, CancellationToken cancellationToken)
    {
        InputRules.Phone(form.Phone, nameof(form.Phone), state);
        InputRules.Phone(form.Hotline, nameof(form.Hotline), state);
        InputRules.Email(form.Email, nameof(form.Email), state);
        InputRules.HttpsUrl(form.NationalPortalUrl, nameof(form.NationalPortalUrl), state);
        InputRules.HttpsUrl(form.ProvincialPortalUrl, nameof(form.ProvincialPortalUrl), state);
        return Task.CompletedTask;
    }
}
