using System.Text.Json.Serialization;

namespace ThanhMieu.Portal.Data.Seeding;

// The shapes of the records in Content/*.json. A parameter without a default must be present in the file;
// references to other records (Category, Tags, Indicator, ...) are their slugs, to sources their keys in sources.json.

internal sealed record SeedCategory(string Slug, string Name, string Description);

internal sealed record SeedTag(string Slug, string Name);

// An article of articles.json (newest first); its body is articles/{slug}.md. PublishedOn is the date a source gives
// for what the article reports; without one the article is an undated introductory page (Article.UndatedUtc).
internal sealed record SeedArticle(
    string Slug,
    string Title,
    string Summary,
    string Category,
    IReadOnlyList<string> Tags,
    string Author,
    DateOnly? PublishedOn = null)
{
    [JsonIgnore]
    public string Markdown { get; init; } = "";
}

internal sealed record SeedIndicator(string Slug, string Name, IndicatorGroup Group, string Unit, string Description, bool IsKeyFigure);

internal sealed record SeedObservation(
    string Indicator,
    decimal Value,
    ValueQualifier Qualifier,
    string Source,
    int? StartYear = null,
    int? Year = null,
    decimal? OutOf = null,
    string? Note = null);

internal sealed record SeedBreakthrough(string Slug, int TermStartYear, int Number, string Title, string Summary);

internal sealed record SeedTarget(string Slug, string Title, string Description, string? Breakthrough = null);

// A former ward or commune of former-units.json; its history is former-units/{slug}.md.
internal sealed record SeedFormerUnit(string Slug, string Name, FormerUnitKind Kind, string Summary, IReadOnlyList<string> Sources)
{
    [JsonIgnore]
    public string HistoryMarkdown { get; init; } = "";
}

// A site of heritage-sites.json; its description is heritage-sites/{slug}.md.
internal sealed record SeedHeritageSite(
    string Slug,
    string Name,
    HeritageKind Kind,
    string Summary,
    IReadOnlyList<string> Sources,
    string? FormerUnit = null,
    string? RecognitionLevel = null,
    string? Address = null)
{
    [JsonIgnore]
    public string DescriptionMarkdown { get; init; } = "";
}

internal sealed record SeedFestival(
    string Slug,
    string Name,
    string Description,
    IReadOnlyList<string> Sources,
    string? HeritageSite = null,
    IReadOnlyList<SeedFestivalDate>? Dates = null,
    string? DateNote = null,
    string? Recognition = null);

/// <summary>A lunar date of a festival as one source gives it; <c>Source</c> is empty when only the festival's sources say.</summary>
internal sealed record SeedFestivalDate(int Day, int Month, int? EndDay = null, bool IsLeapMonth = false, string Source = "", string? Note = null);

/// <summary>An entry of the documents register: metadata only, as the sources state it (no file ships).</summary>
internal sealed record SeedLegalDocument(
    string Slug,
    string DocumentNumber,
    LegalDocumentType Type,
    string IssuingBody,
    DateOnly SignedOn,
    string Summary,
    IReadOnlyList<string> Sources,
    string? Signer = null,
    DateOnly? EffectiveOn = null,
    string? Field = null,
    LegalDocumentStatus Status = LegalDocumentStatus.InForce);
// A body of organisations.json with its people, as the sources name them (no phones, emails or photos without a source).
internal sealed record SeedOrganisation(string Slug, string Name, IReadOnlyList<SeedOfficial> Officials, string Contact = "", string? NameEn = null);

internal sealed record SeedOfficial(string Name, string Position, string? PositionEn = null);
