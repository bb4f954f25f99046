using ThanhMieu.Portal.Areas.Admin.Services;
using ThanhMieu.Portal.Data.Seeding;
using ThanhMieu.Portal.Services;
using ThanhMieu.Portal.Tests.Corpora;

namespace ThanhMieu.Portal.Tests.Unit;

public sealed class MarkdownLimitsTests
{
    private static readonly IReadOnlyList<(string Name, string Text)> Bombs =
        MarkdownBombs.Read(Path.Combine(AppContext.BaseDirectory, "Corpora"));

    /// <summary>Bombs Markdig handles in linear time: they must render, not be refused.</summary>
    private static readonly string[] Harmless = ["nested-parentheses"];

    [Fact]
    public void EveryCostlyBomb_IsRefused_ByTheLimitMeantForIt()
    {
        var refused = Bombs.Where(b => !Harmless.Contains(b.Name)).ToDictionary(b => b.Name, b => MarkdownLimits.Check(b.Text)?.Problem);

        Assert.All(refused, pair => Assert.True(pair.Value is not null, $"{pair.Key} is accepted"));
        Assert.Equal(MarkdownProblem.TooDeep, refused["quote-markers"]);
        Assert.Equal(MarkdownProblem.TooDeep, refused["list-400-levels-one-line"]);
        Assert.Equal(MarkdownProblem.TooManyMarkersInParagraph, refused["link-openers"]);
        Assert.Equal(MarkdownProblem.TooManyColumns, refused["table-10000-columns"]);
        Assert.Equal(MarkdownProblem.TooLong, refused["body-5-mb"]);
    }

    [Fact]
    public void Renderer_RefusesWhatTheLimitsRefuse_WithTheReason_AndRendersTheHarmless()
    {
        var renderer = new MarkdownRenderer();
        var bombs = Bombs.ToDictionary(b => b.Name, b => b.Text);

        var error = Assert.Throws<MarkdownRefusedException>(() => renderer.Render(bombs["quote-markers"]));
        Assert.Equal(new MarkdownRefusal(MarkdownProblem.TooDeep, MarkdownLimits.MaxDepth, 1), error.Refusal);
        Assert.StartsWith("<p>(((", renderer.Render(bombs["nested-parentheses"]).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- a\n  - b\n    - c", null)]
    [InlineData("> > > > > > > > > > > > > > > > > a", MarkdownProblem.TooDeep)]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |", null)]
    [InlineData("Một **đậm**, một *nghiêng*, một [liên kết](https://thanhmieu.vn) và `mã`.", null)]
    public void Check_AcceptsOrdinaryMarkdown_AndNamesTheProblem(string markdown, MarkdownProblem? expected) =>
        Assert.Equal(expected, MarkdownLimits.Check(markdown)?.Problem);

    [Fact]
    public void Check_CountsMarkersPerParagraph_AndInTheWholeText()
    {
        var paragraph = string.Concat(Enumerable.Repeat("*a", MarkdownLimits.MaxMarkersPerParagraph));

        Assert.Null(MarkdownLimits.Check(paragraph));
        Assert.Equal(MarkdownProblem.TooManyMarkersInParagraph, MarkdownLimits.Check(paragraph + "*")?.Problem);
        var many = string.Join("\n\n", Enumerable.Repeat(paragraph, (MarkdownLimits.MaxMarkers / MarkdownLimits.MaxMarkersPerParagraph) + 1));
        Assert.Equal(MarkdownProblem.TooManyMarkers, MarkdownLimits.Check(many)?.Problem);
    }

    [Fact]
    public void EveryShippedMarkdownText_IsFarInsideTheLimits()
    {
        var assembly = typeof(SeedContent).Assembly;
        var texts = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".md", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(texts);
        foreach (var name in texts)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            Assert.Null(MarkdownLimits.Check(reader.ReadToEnd()));
        }
    }

    [Fact]
    public void CleanPlain_RemovesDirectionAndZeroWidthMarks_Only()
    {
        Assert.Equal("Đình Bạch Hạc", PostedText.CleanPlain("\u202E Đình\u200B Bạch\u2066 Hạc\u200F\uFEFF "));
        Assert.Equal("", PostedText.CleanPlain("\u202E\u200D\u061C"));
        Assert.Equal("Chùa Đại Bi (2025)", PostedText.CleanPlain("Chùa Đại Bi (2025)"));
    }
}
