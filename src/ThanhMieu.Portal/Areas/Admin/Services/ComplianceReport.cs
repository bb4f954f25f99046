namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// What the portal publishes of each category Decree 42/2022/ND-CP (Article 4, and Article 7 for English) asks a
/// state portal for: whether it has content, when it was last updated, and what is missing or out of date. Read from
/// the live tables, so it shows the state as residents see it (archived items and drafts do not count).
/// </summary>
public sealed class ComplianceReport(PortalDbContext db, SiteSettingsCache settings, IOptions<AdminOptions> options, TimeProvider time)
{
    public async Task<ComplianceViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staleDays = options.Value.ComplianceStaleAfterDays;
        var s = await settings.GetAsync(cancellationToken);
        var contacts = new (string Label, string? Value)[]
        {
            (ContactsText.Line_Address, s.OfficeAddress), (ContactsText.Line_Phone, s.Phone), (ContactsText.Line_Email, s.Email),
            (ContactsText.Line_WorkingHours, s.WorkingHours), (ContactsText.Section_Reception, s.ReceptionSchedule),
            (ContactsText.Section_OneStopDesk, s.OneStopDeskPlace), (ContactsText.Line_ManagingAgency, s.ManagingAgency),
            (ContactsText.Line_ResponsiblePerson, s.ResponsiblePerson),
        };
        var englishContacts = new (string? Vietnamese, string? English)[]
        {
            (s.OfficialName, s.OfficialNameEn), (s.OfficeAddress, s.OfficeAddressEn), (s.WorkingHours, s.WorkingHoursEn),
            (s.ReceptionSchedule, s.ReceptionScheduleEn), (s.OneStopDeskPlace, s.OneStopDeskPlaceEn),
            (s.OneStopDeskHours, s.OneStopDeskHoursEn), (s.ManagingAgency, s.ManagingAgencyEn),
        };
        var settingsSaved = s.Id == 0 ? (DateTime?)null : s.UpdatedAtUtc;

        var units = db.FormerUnits.AsNoTracking().Where(u => !u.IsArchived);
        var bodies = db.Organisations.AsNoTracking().Where(o => !o.IsArchived);
        var officials = bodies.SelectMany(o => o.Officials);
        var announcements = db.Articles.AsNoTracking().Where(Article.VisibleAt(now)).Where(a => a.Category!.Slug == Category.AnnouncementsSlug);
        var documents = db.LegalDocuments.AsNoTracking().Where(d => !d.IsArchived);
        var budget = documents.Where(d => d.Type == LegalDocumentType.BudgetDisclosure);
        var procedures = db.Procedures.AsNoTracking().Where(p => !p.IsArchived);
        var answered = db.Questions.AsNoTracking().Where(q => q.Status == QuestionStatus.Answered && !q.IsArchived);

        var missingContacts = contacts.Where(c => string.IsNullOrWhiteSpace(c.Value)).Select(c => c.Label).ToList();
        var untranslatedBodies = await bodies.CountAsync(o => o.NameEn == null || o.NameEn == "", cancellationToken);
        var untranslatedContacts = englishContacts.Count(c => !string.IsNullOrWhiteSpace(c.Vietnamese) && string.IsNullOrWhiteSpace(c.English));

        var rows = new List<ComplianceRow>
        {
            Row(ComplianceArea.Introduction, await units.CountAsync(cancellationToken), await units.MaxAsync(u => (DateTime?)u.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.Organisation, await bodies.CountAsync(cancellationToken), await bodies.MaxAsync(o => (DateTime?)o.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.Leaders, await officials.CountAsync(cancellationToken), await bodies.Where(o => o.Officials.Any()).MaxAsync(o => (DateTime?)o.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.Contacts, contacts.Length - missingContacts.Count, settingsSaved,
                missingContacts.Count == 0 ? null : VietnameseFormat.Text(AdminText.Compliance_ContactsMissing, string.Join(", ", missingContacts))),
            Row(ComplianceArea.Announcements, await announcements.CountAsync(cancellationToken), await announcements.MaxAsync(a => a.PublishedAtUtc, cancellationToken)),
            Row(ComplianceArea.Documents, await documents.CountAsync(cancellationToken), await documents.MaxAsync(d => (DateTime?)d.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.Procedures, await procedures.CountAsync(cancellationToken), await procedures.MaxAsync(p => (DateTime?)p.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.BudgetDisclosure, await budget.CountAsync(cancellationToken), await budget.MaxAsync(d => (DateTime?)d.UpdatedAtUtc, cancellationToken)),
            Row(ComplianceArea.Questions, await answered.CountAsync(cancellationToken), await answered.MaxAsync(q => q.AnsweredAtUtc, cancellationToken)),
            // The English introduction ships with the portal; what staff keep up is the English of the bodies and contacts.
            Row(ComplianceArea.EnglishPages, 1 + englishContacts.Count(c => !string.IsNullOrWhiteSpace(c.English)), settingsSaved,
                untranslatedBodies + untranslatedContacts == 0 ? null
                    : VietnameseFormat.Text(AdminText.Compliance_EnglishMissing, VietnameseFormat.Number(untranslatedBodies), VietnameseFormat.Number(untranslatedContacts)),
                staleApplies: false),
        };
        return new ComplianceViewModel(rows, staleDays);

        ComplianceRow Row(ComplianceArea area, int count, DateTime? updated, string? missing = null, bool staleApplies = true)
        {
            var warnings = new List<string>();
            if (count == 0)
            {
                warnings.Add(AdminText.Compliance_Empty);
            }
            else if (missing is not null)
            {
                warnings.Add(missing);
            }

            if (count > 0 && staleApplies && updated is { } at && (now - at).TotalDays > staleDays)
            {
                warnings.Add(VietnameseFormat.Text(AdminText.Compliance_Stale, VietnameseFormat.Number((int)(now - at).TotalDays)));
            }

            return new ComplianceRow(area, count, updated, warnings);
        }
    }
}
