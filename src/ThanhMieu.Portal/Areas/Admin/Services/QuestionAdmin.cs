namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// The moderation of residents' questions (received → assigned → answered, or declined with a reason). An answered
/// question is published at /hoi-dap without its asker's data; staff can also record a question received by phone.
/// </summary>
public sealed class QuestionAdmin(PortalDbContext db, IOptions<AdminOptions> options, IMarkdownRenderer renderer, TimeProvider time, PublicUrls urls)
    : ContentAdmin<Question, QuestionForm, QuestionFilter, QuestionEditPage>(db, options)
{
    protected override string Noun => QuestionText.Question_Noun;

    protected override string NameOf(Question entity) => entity.Subject;

    /// <summary>Open questions first (received, then being answered), each newest first.</summary>
    public override Task<IListPage> ListAsync(QuestionFilter filter, CancellationToken cancellationToken)
    {
        var query = Search(Db.Questions.AsNoTracking(), filter.Q, nameof(Question.Subject));
        if (filter.Status is { } status)
        {
            query = query.Where(q => q.Status == status);
        }

        return PageOfAsync(
            filter,
            query,
            q => q.OrderBy(x => x.Status == QuestionStatus.Answered || x.Status == QuestionStatus.Declined).ThenByDescending(x => x.SubmittedAtUtc)
                .Select(x => new QuestionRow(x.Id, x.Subject, x.Status, x.SubmittedAtUtc, x.AssignedTo, x.IsArchived)),
            [Select(nameof(filter.Status), StatusChoices, filter.Status?.ToString())],
            cancellationToken);
    }

    protected override Question Create(QuestionForm form)
    {
        var question = base.Create(form);
        question.TrackingCode = ResidentQuestions.NewTrackingCode();
        question.SubmittedAtUtc = time.GetUtcNow().UtcDateTime;
        return question;
    }

    protected override void Apply(QuestionForm form, Question entity)
    {
        base.Apply(form, entity);
        entity.SetAnswer(entity.AnswerMarkdown, renderer);
        entity.Fingerprint = ResidentQuestions.Fingerprint(entity.Subject, entity.Body);
        entity.AnsweredAtUtc = entity.Status != QuestionStatus.Answered ? null : entity.AnsweredAtUtc ?? time.GetUtcNow().UtcDateTime;
    }

    protected override string? RenderPreview(QuestionForm form) => renderer.Render(Clean(form.AnswerMarkdown)).Html;

    protected override Task ValidateAsync(QuestionForm form, Question? entity, FormState state, CancellationToken cancellationToken)
    {
        if (form.Status == QuestionStatus.Answered && string.IsNullOrWhiteSpace(form.AnswerMarkdown))
        {
            state.AddError(nameof(form.AnswerMarkdown), QuestionText.Question_AnswerNeeded);
        }

        if (form.Status == QuestionStatus.Declined && string.IsNullOrWhiteSpace(form.DeclineReason))
        {
            state.AddError(nameof(form.DeclineReason), QuestionText.Question_ReasonNeeded);
        }

        return Task.CompletedTask;
    }

    protected override string? PublicUrlOf(Question entity) => entity.Status == QuestionStatus.Answered ? urls.Question(entity.Slug) : null;

    protected override Task<QuestionEditPage> PageAsync(Question? entity, QuestionForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new QuestionEditPage(entity?.Id, form)
        {
            Choices = { [nameof(form.Status)] = StatusChoices },
            TrackingCode = entity?.TrackingCode,
            SubmittedAtUtc = entity?.SubmittedAtUtc,
            AskerName = entity?.AskerName,
            AskerContact = entity?.AskerContact,
            ConsentedAtUtc = entity?.ConsentedAtUtc,
            PersonalDataErasedAtUtc = entity?.PersonalDataErasedAtUtc,
        });

    private static IReadOnlyList<SelectListItem> StatusChoices => SelectOptions.Of<QuestionStatus>(VietnameseFormat.StatusName);
}
