using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>
/// UI text lives in Resources/*.resx, so no C# file of the portal may hold a Vietnamese string. Found with Roslyn:
/// string literals and the text parts of interpolated strings count; char literals ('đ' in the slugifier) and
/// comments do not.
/// </summary>
public sealed class NoHardCodedTextTests
{
    private static readonly string[] BuildFolders = ["obj", "bin"];

    private static readonly string[] SkippedFolders = [.. BuildFolders, Path.Combine("Data", "Migrations")];

    [Fact]
    public void PortalSources_HoldNoVietnameseStrings()
    {
        var source = SourceTree.ProjectFolder;

        var found = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(source, path))
            .Where(path => !SkippedFolders.Any(folder => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => VietnameseStrings(File.ReadAllText(Path.Combine(source, path))).Select(hit => $"{path}:{hit.Line}: {hit.Text}"))
            .ToList();

        Assert.True(found.Count == 0, $"{found.Count} Vietnamese strings belong in Resources/*.resx:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// Stricter still: code, comments and char literals are English or escaped (the slugifier writes đ as '\u0111'),
    /// so no C# file of the portal holds a Vietnamese letter at all, migrations included.
    /// </summary>
    [Fact]
    public void PortalSources_HoldNoVietnameseLetterAnywhere()
    {
        var source = SourceTree.ProjectFolder;

        var found = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(source, path))
            .Where(path => !BuildFolders.Any(folder => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadLines(Path.Combine(source, path))
                .Select((line, index) => (Line: index + 1, Text: line))
                .Where(line => line.Text.Any(IsVietnameseLetter))
                .Select(line => $"{path}:{line.Line}: {line.Text.Trim()}"))
            .ToList();

        Assert.True(found.Count == 0, $"{found.Count} lines with Vietnamese letters (comments are English, text is in Resources):\n" + string.Join("\n", found));
    }

    [Fact]
    public void VietnameseStrings_FindsLiteralsAndInterpolationsButNotCharsOrComments()
    {
        const string code = """"
            // Tiêu đề in a comment
            /// <summary>“Đền” in a doc comment.</summary>
            class C
            {
                char D = 'đ';
                string Plain = "Title";
                string Literal = "Tiêu đề";
                string Interpolated(int n) => $"Trang {n}";
                string Formatted(int n) => $"{n} mục";
                string Raw = """Đình""";
            }
            """";

        var hits = VietnameseStrings(code);

        Assert.Equal([(7, "\"Tiêu đề\""), (9, " mục"), (10, "\"\"\"Đình\"\"\"")], hits);
    }

    /// <summary>The string literal tokens and interpolated text parts that hold a Vietnamese letter, with their line (1-based).</summary>
    internal static List<(int Line, string Text)> VietnameseStrings(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens()
            .Where(token => token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                or SyntaxKind.Utf8MultiLineRawStringLiteralToken)
            .Where(token => token.Text.Any(IsVietnameseLetter))
            .Select(token => (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1, token.Text))
            .ToList();

    /// <summary>A letter with a diacritic (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional) or đ/Đ.</summary>
    internal static bool IsVietnameseLetter(char c) =>
        char.IsLetter(c) && c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');
}
