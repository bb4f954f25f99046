using System.Text.RegularExpressions;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>
/// Staff type and read Vietnamese in the admin's text boxes and diffs. Monospace fonts (DejaVu Sans Mono among them)
/// draw its stacked marks wrongly ("tiếp" as "tiêṕ"), so no admin or site rule may ask for one.
/// </summary>
public sealed partial class AdminStyleTests
{
    [Theory]
    [InlineData("admin.css")]
    [InlineData("site.css")]
    public void Stylesheet_UsesNoMonospaceFont(string file)
    {
        var css = File.ReadAllText(Path.Combine(SourceTree.ProjectFolder, "wwwroot", "css", file));

        var monospace = FontFamily().Matches(css).Select(m => m.Value).Where(f => f.Contains("mono", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(monospace.Count == 0, "Monospace font families: " + string.Join("; ", monospace));
    }

    [Fact]
    public void TextBoxes_UseThePageFont()
    {
        // The form rules are shared by the public forms and the admin's, in site.css.
        var css = File.ReadAllText(Path.Combine(SourceTree.ProjectFolder, "wwwroot", "css", "site.css"));

        Assert.Matches(TextareaRule(), css);
    }

    [GeneratedRegex(@"font(-family)?\s*:[^;}]*", RegexOptions.CultureInvariant)]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"(^|\n)textarea\s*\{[^}]*font-family:\s*inherit", RegexOptions.CultureInvariant)]
    private static partial Regex TextareaRule();
}
