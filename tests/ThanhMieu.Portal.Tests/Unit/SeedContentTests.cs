using System.Globalization;
using ThanhMieu.Portal.Data.Seeding;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class SeedContentTests
{
    private static readonly SeedContent Content = SeedContent.LoadEmbedded();

    public static TheoryData<string> Kinds =>
    [
        "sources", "categories", "tags", "articles", "indicators", "breakthroughs", "targets", "former-units", "heritage-sites",
        "festivals",
    ];

    [Fact]
    public void Loader_ReadsEveryEmbeddedFileOnceAndNoOther()
    {
        var embedded = SeedContent.EmbeddedFiles();

        Assert.Contains("articles.json", embedded);
        Assert.Equal(embedded, Content.Files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_NamesAMissingBodyFile()
    {
        var path = $"heritage-sites/{Content.HeritageSites[0].Slug}.md";
        var files = EmbeddedFiles();
        Assert.True(files.Remove(path));

        var error = Assert.Throws<InvalidDataException>(() => SeedContent.Load(files.GetValueOrDefault));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags.json", """[{ "slug": "a" }]""")]
    [InlineData("tags.json", """[{ "slug": "a", "name": null }]""")]
    [InlineData("tags.json", """[{ "slug": "a", "name": "A", "colour": "red" }]""")]
    [InlineData("tags.json", """[{ "slug": "a", "Name": "A" }]""")]
    [InlineData("sources.json", """{ "a": "A", "a": "B" }""")]
    [InlineData("indicators.json", """[{ "slug": "a", "name": "A", "group": 0, "unit": "%", "description": "", "isKeyFigure": true }]""")]
    [InlineData("observations.json", """[{ "indicator": "a", "value": "0.55", "qualifier": "Exact", "source": "s" }]""")]
    public void Load_RejectsAFileThatDoesNotFitItsRecords(string path, string json)
    {
        var files = EmbeddedFiles();
        files[path] = json;

        var error = Assert.Throws<InvalidDataException>(() => SeedContent.Load(files.GetValueOrDefault));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsNumbersAsExactDecimals()
    {
        var files = EmbeddedFiles();
        // A double holds neither of these exactly.
        files["observations.json"] = """
            [{ "indicator": "a", "value": 1234567890123456789.01, "outOf": 0.10, "qualifier": "Over", "source": "s" }]
            """;

        var observation = Assert.Single(SeedContent.Load(files.GetValueOrDefault).Observations);

        Assert.Equal("1234567890123456789.01", observation.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.10", observation.OutOf?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ValueQualifier.Over, observation.Qualifier);
    }

    [Fact]
    public void Load_TakesMarkdownWithoutTheFileLineEndings()
    {
        var article = Content.Articles[0];
        var files = EmbeddedFiles();
        files[$"articles/{article.Slug}.md"] = "## A\r\n\r\nB\r\n";

        var loaded = SeedContent.Load(files.GetValueOrDefault).Articles[0];

        Assert.Equal("## A\n\nB", loaded.Markdown);
    }

    [Fact]
    public void EveryRecord_HasItsRequiredFields()
    {
        Assert.All(Content.Sources, s => AssertFilled(s.Key, s.Value));
        Assert.All(Content.Categories, c => AssertFilled(c.Slug, c.Name, c.Description));
        Assert.All(Content.Tags, t => AssertFilled(t.Slug, t.Name));
        Assert.All(Content.Articles, a => AssertFilled(a.Slug, a.Title, a.Summary, a.Author, a.Markdown));
        Assert.All(Content.Indicators, i => AssertFilled(i.Slug, i.Name, i.Unit, i.Description));
        Assert.All(Content.Observations, o => AssertFilled(o.Indicator, o.Source));
        Assert.All(Content.Breakthroughs, b => AssertFilled(b.Slug, b.Title, b.Summary));
        Assert.All(Content.Targets, t => AssertFilled(t.Slug, t.Title, t.Description));
        Assert.All(Content.FormerUnits, u => AssertFilled(u.Slug, u.Name, u.Summary, u.HistoryMarkdown));
        Assert.All(Content.HeritageSites, s => AssertFilled(s.Slug, s.Name, s.Summary, s.DescriptionMarkdown));
        Assert.All(Content.Festivals, f => AssertFilled(f.Slug, f.Name, f.Description));
    }

    [Fact]
    public void EveryHeritageRecord_CitesASource()
    {
        Assert.All(Content.FormerUnits, u => Assert.NotEmpty(u.Sources));
        Assert.All(Content.HeritageSites, s => Assert.NotEmpty(s.Sources));
        Assert.All(Content.Festivals, f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void EveryObservation_HasAPlausiblePeriod()
    {
        Assert.All(Content.Observations, o =>
        {
            Assert.True(o.StartYear is null || o.Year is not null, $"{o.Indicator}: a start year without an end year");
            Assert.True(o.StartYear is null || o.StartYear < o.Year, $"{o.Indicator}: {o.StartYear} to {o.Year}");
            Assert.True(o.OutOf is null || o.Value <= o.OutOf, $"{o.Indicator}: {o.Value} out of {o.OutOf}");
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Slugs_AreWellFormedAndUniqueWithinTheirKind(string kind)
    {
        var slugs = SlugsOf(kind);

        Assert.NotEmpty(slugs);
        Assert.All(slugs, slug => Assert.True(Slugifier.IsWellFormed(slug), $"'{slug}' is not a slug"));
        Assert.Empty(slugs.GroupBy(slug => slug, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Categories_IncludeTheOnesThePortalLinksTo()
    {
        var slugs = SlugsOf("categories");

        Assert.Contains(Category.NewsSlug, slugs);
        Assert.Contains(Category.CongressSlug, slugs);
    }

    [Fact]
    public void EveryObservation_ReferencesADefinedIndicator()
    {
        var indicators = SlugsOf("indicators");

        Assert.All(Content.Observations, o => Assert.Contains(o.Indicator, indicators));
    }

    [Fact]
    public void EveryTarget_ReferencesADefinedBreakthroughOrNone()
    {
        var breakthroughs = SlugsOf("breakthroughs");

        Assert.All(Content.Targets.Where(t => t.Breakthrough is not null), t => Assert.Contains(t.Breakthrough!, breakthroughs));
    }

    [Fact]
    public void EveryArticle_ReferencesADefinedCategoryAndDefinedTags()
    {
        var categories = SlugsOf("categories");
        var tags = SlugsOf("tags");

        Assert.All(Content.Articles, a =>
        {
            Assert.Contains(a.Category, categories);
            Assert.All(a.Tags, tag => Assert.Contains(tag, tags));
            Assert.Equal(a.Tags.Count, a.Tags.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void EveryHeritageSiteAndFestival_ReferencesADefinedPlaceOrNone()
    {
        var units = SlugsOf("former-units");
        var sites = SlugsOf("heritage-sites");

        Assert.All(Content.HeritageSites.Where(s => s.FormerUnit is not null), s => Assert.Contains(s.FormerUnit!, units));
        Assert.All(Content.Festivals.Where(f => f.HeritageSite is not null), f => Assert.Contains(f.HeritageSite!, sites));
    }

    [Fact]
    public void EveryCitedSource_IsDefinedAndEveryDefinedSourceIsCited()
    {
        var cited = Content.Observations.Select(o => o.Source)
            .Concat(Content.FormerUnits.SelectMany(u => u.Sources))
            .Concat(Content.HeritageSites.SelectMany(s => s.Sources))
            .Concat(Content.Festivals.SelectMany(f => f.Sources))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(cited.Except(Content.Sources.Keys));
        Assert.Empty(Content.Sources.Keys.Except(cited));
    }

    private static Dictionary<string, string> EmbeddedFiles() =>
        SeedContent.EmbeddedFiles().ToDictionary(path => path, path => SeedContent.ReadEmbedded(path)!, StringComparer.Ordinal);

    private static void AssertFilled(params string[] values) =>
        Assert.All(values, value => Assert.False(string.IsNullOrWhiteSpace(value), "A required field is blank"));

    private static List<string> SlugsOf(string kind) => kind switch
    {
        "sources" => [.. Content.Sources.Keys],
        "categories" => [.. Content.Categories.Select(c => c.Slug)],
        "tags" => [.. Content.Tags.Select(t => t.Slug)],
        "articles" => [.. Content.Articles.Select(a => a.Slug)],
        "indicators" => [.. Content.Indicators.Select(i => i.Slug)],
        "breakthroughs" => [.. Content.Breakthroughs.Select(b => b.Slug)],
        "targets" => [.. Content.Targets.Select(t => t.Slug)],
        "former-units" => [.. Content.FormerUnits.Select(u => u.Slug)],
        "heritage-sites" => [.. Content.HeritageSites.Select(s => s.Slug)],
        "festivals" => [.. Content.Festivals.Select(f => f.Slug)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
