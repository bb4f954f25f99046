using System.Security.Cryptography;
using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Services;

/// <summary>
/// Residents' questions on the public side: taking one in (with its consent, a tracking code and a duplicate check),
/// its status by code, the answered questions, and erasing askers' personal data when the kept period ends.
/// Staff moderate and answer through the admin pipeline (<see cref="QuestionAdmin"/>).
/// </summary>
public sealed class ResidentQuestions(PortalDbContext db, TimeProvider time, IOptions<QuestionOptions> options)
{
    /// <summary>Tracking codes use letters and digits that cannot be mistaken for each other when read aloud or copied.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public const int CodeLength = 10;

    /// <summary>Takes a question in; null with the duplicate's refusal when the same question arrived within the window.</summary>
    public async Task<string?> SubmitAsync(AskForm form, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var body = PostedText.Clean(form.Question);
        var fingerprint = Fingerprint(form.Subject, body);
        var since = now.AddHours(-options.Value.DuplicateWindowHours);
        if (await db.Questions.AnyAsync(q => q.Fingerprint == fingerprint && q.SubmittedAtUtc >= since, cancellationToken))
        {
            return null;
        }

        var subject = PostedText.Clean(form.Subject);
        var question = new Question
        {
            Subject = subject,
            Slug = await Slugifier.MakeUniqueAsync(
                Slugifier.Slugify(subject) is { Length: > 0 } slug ? slug : "cau-hoi",
                s => db.Questions.AnyAsync(q => q.Slug == s, cancellationToken)),
            Body = body,
            Fingerprint = fingerprint,
            AskerName = string.IsNullOrWhiteSpace(form.Name) ? null : PostedText.Clean(form.Name),
            AskerContact = string.IsNullOrWhiteSpace(form.Contact) ? null : PostedText.Clean(form.Contact),
            ConsentedAtUtc = now,
            TrackingCode = NewTrackingCode(),
            SubmittedAtUtc = now,
        };
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return question.TrackingCode;
    }

    /// <summary>A question's status as its asker sees it by code; null when no question has the code.</summary>
    public async Task<QuestionStatusViewModel?> StatusAsync(string code, CancellationToken cancellationToken) =>
        await db.Questions.AsNoTracking()
            .Where(q => q.TrackingCode == code)
            .Select(q => new QuestionStatusViewModel(
                q.TrackingCode, q.Subject, q.SubmittedAtUtc, q.Status, q.Status == QuestionStatus.Answered ? q.AnswerHtml : null,
                q.Status == QuestionStatus.Declined ? q.DeclineReason : null,
                q.Status == QuestionStatus.Answered && !q.IsArchived ? q.Slug : null))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>One page of the answered questions, newest answer first; null past the last page.</summary>
    public async Task<QuestionsViewModel?> AnsweredAsync(int page, CancellationToken cancellationToken)
    {
        var answered = Answered();
        var pageSize = options.Value.PageSize;
        var total = await answered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var items = await answered.OrderByDescending(q => q.AnsweredAtUtc).ThenByDescending(q => q.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(q => new AnsweredQuestionViewModel(q.Slug, q.Subject, q.Body, q.AnswerHtml, q.AnsweredAtUtc))
            .ToListAsync(cancellationToken);
        return new QuestionsViewModel(items, page, pageCount);
    }

    /// <summary>An answered question's page; null when there is none, or it is not answered or archived.</summary>
    public Task<AnsweredQuestionViewModel?> AnsweredAsync(string slug, CancellationToken cancellationToken) =>
        Answered().Where(q => q.Slug == slug)
            .Select(q => new AnsweredQuestionViewModel(q.Slug, q.Subject, q.Body, q.AnswerHtml, q.AnsweredAtUtc))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Erases the name and contact of every question submitted longer ago than the kept period; returns how many.
    /// The question, its answer and its status stay.
    /// </summary>
    public async Task<int> ErasePersonalDataAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.KeepPersonalDataDays);
        var due = await db.Questions
            .Where(q => q.SubmittedAtUtc < before && (q.AskerName != null || q.AskerContact != null))
            .ToListAsync(cancellationToken);
        foreach (var question in due)
        {
            question.AskerName = null;
            question.AskerContact = null;
            question.PersonalDataErasedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>A well-formed tracking code (what the status page accepts), upper-cased.</summary>
    public static string? NormalizeCode(string? code) =>
        code?.Trim().ToUpperInvariant() is { Length: CodeLength } upper && upper.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal)) ? upper : null;

    /// <summary>A hash of the folded subject and question: marks, spaces, punctuation and case do not make a question new.</summary>
    public static string Fingerprint(string subject, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Slugifier.Fold(subject) + "\n" + Slugifier.Fold(body))));

    public static string NewTrackingCode() =>
        new(Enumerable.Range(0, CodeLength).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]).ToArray());

    /// <summary>The questions the public site shows: answered and not archived.</summary>
    internal IQueryable<Question> Answered() =>
        db.Questions.AsNoTracking().Where(q => q.Status == QuestionStatus.Answered && !q.IsArchived);
}

/// <summary>Erases askers' personal data once a day (and at start) when the kept period has passed.</summary>
public sealed class QuestionPrivacyService(IServiceScopeFactory scopes, TimeProvider time, ILogger<QuestionPrivacyService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<ResidentQuestions>().ErasePersonalDataAsync(stoppingToken);
                if (erased > 0)
                {
                    logger.LogInformation("Erased the personal data of {Count} residents' questions past the kept period", erased);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not erase expired personal data of residents' questions; trying again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
