using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>
/// The initial content as written in the files under Data/Seeding/Content, embedded in the assembly: one JSON file
/// a kind of record, in the order they are seeded, and each long body as Markdown in {kind}/{slug}.md.
/// Reading is strict (unknown or missing fields, enum numbers and numbers in strings are errors) so that a typo
/// in a file fails the seeding instead of seeding less than was written.
/// </summary>
internal sealed class SeedContent
{
    // Set by the EmbeddedResource item's LogicalName in the project file.
    public const string ResourcePrefix = "SeedContent/";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    private readonly Func<string, string?> _readFile;
    private readonly List<string> _files = [];

    private SeedContent(Func<string, string?> readFile)
    {
        _readFile = readFile;
        Sources = Json<Dictionary<string, string>>("sources.json");
        Categories = Json<List<SeedCategory>>("categories.json");
        Tags = Json<List<SeedTag>>("tags.json");
        Articles = [.. Json<List<SeedArticle>>("articles.json").Select(a => a with { Markdown = Markdown($"articles/{a.Slug}.md") })];
        Indicators = Json<List<SeedIndicator>>("indicators.json");
        Observations = Json<List<SeedObservation>>("observations.json");
        Breakthroughs = Json<List<SeedBreakthrough>>("breakthroughs.json");
        Targets = Json<List<SeedTarget>>("targets.json");
        FormerUnits = [.. Json<List<SeedFormerUnit>>("former-units.json")
            .Select(u => u with { HistoryMarkdown = Markdown($"former-units/{u.Slug}.md") })];
        HeritageSites = [.. Json<List<SeedHeritageSite>>("heritage-sites.json")
            .Select(s => s with { DescriptionMarkdown = Markdown($"heritage-sites/{s.Slug}.md") })];
        Festivals = Json<List<SeedFestival>>("festivals.json");
        LegalDocuments = Json<List<SeedLegalDocument>>("legal-documents.json");
        Organisations = Json<List<SeedOrganisation>>("organisations.json");
    }

    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyList<SeedCategory> Categories { get; }

    public IReadOnlyList<SeedTag> Tags { get; }

    public IReadOnlyList<SeedArticle> Articles { get; }

    public IReadOnlyList<SeedIndicator> Indicators { get; }

    public IReadOnlyList<SeedObservation> Observations { get; }

    public IReadOnlyList<SeedBreakthrough> Breakthroughs { get; }

    public IReadOnlyList<SeedTarget> Targets { get; }

    public IReadOnlyList<SeedFormerUnit> FormerUnits { get; }

    public IReadOnlyList<SeedHeritageSite> HeritageSites { get; }

    public IReadOnlyList<SeedFestival> Festivals { get; }

    public IReadOnlyList<SeedLegalDocument> LegalDocuments { get; }
    public IReadOnlyList<SeedOrganisation> Organisations { get; }

    // Paths in the content folder (articles/....md), so tests can tell an orphan file from a read one.
    public IReadOnlyList<string> Files => _files;

    public static SeedContent LoadEmbedded() => Load(ReadEmbedded);

    // readFile gives a file's text, or null when there is none; tests pass altered files.
    public static SeedContent Load(Func<string, string?> readFile) => new(readFile);

    public static IReadOnlyList<string> EmbeddedFiles() =>
    [
        .. typeof(SeedContent).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static string? ReadEmbedded(string path)
    {
        var assembly = typeof(SeedContent).Assembly;
        // RecursiveDir, part of the resource name, is written with the separator of the machine that built it.
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('/', '\\'));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string Read(string path)
    {
        var text = _readFile(path) ?? throw new InvalidDataException($"Seed content file '{path}' is missing.");
        _files.Add(path);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private T Json<T>(string path)
        where T : class
    {
        var text = Read(path);
        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonOptions)
                ?? throw new InvalidDataException($"Seed content file '{path}' holds null.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed content file '{path}' is not valid: {e.Message}", e);
        }
    }

    // The final newline belongs to the file, not to the Markdown.
    private string Markdown(string path) => Read(path).TrimEnd('\n');
}
