using System.Diagnostics;
using System.Text;
using ThanhMieu.Portal.Services;
using ThanhMieu.Portal.Tests.Corpora;
using static ThanhMieu.Portal.Services.MarkdownLimits;

// The slowest Markdown the renderer accepts, and what it does with the bomb corpus. Each "inside the limits" case is
// built from MarkdownLimits' own constants to sit exactly at them, filled to MaxLength; each is rendered --runs times
// (after one warm-up) and the median and slowest times printed. Then every bomb of the test corpus is checked: refused
// by which limit, and how long the check took.
var runs = args.Length > 1 && args[0] == "--runs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var renderer = new MarkdownRenderer();
renderer.Render("# warm up\n\n*a* [b](c) `d`");

Console.WriteLine($"Limits: length {MaxLength:N0}, depth {MaxDepth}, columns {MaxColumns}, markers {MaxMarkersPerParagraph} a paragraph, {MaxMarkers:N0} in all.");
Console.WriteLine($"{"inside the limits",-36} {"chars",9} {"median ms",10} {"max ms",8}");
foreach (var (name, text) in InsideTheLimits())
{
    if (Check(text) is { } refusal)
    {
        throw new InvalidOperationException($"{name} is refused ({refusal}); the case is wrong.");
    }

    renderer.Render(text);
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        renderer.Render(text);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name,-36} {text.Length,9:N0} {times[times.Count / 2],10:F1} {times[^1],8:F1}");
}

var corpus = Path.Combine(Paths.RepositoryRoot(), "tests", "ThanhMieu.Portal.Tests", "Corpora");
Console.WriteLine();
Console.WriteLine($"{"bomb (test corpus)",-36} {"chars",9} {"check ms",10} refused as");
foreach (var (name, text) in MarkdownBombs.Read(corpus))
{
    var watch = Stopwatch.StartNew();
    var refusal = Check(text);
    var elapsed = watch.Elapsed.TotalMilliseconds;
    Console.WriteLine($"{name,-36} {text.Length,9:N0} {elapsed,10:F2} {refusal?.Problem.ToString() ?? "ACCEPTED"}");
}

static IEnumerable<(string Name, string Text)> InsideTheLimits()
{
    // One paragraph holds MaxMarkersPerParagraph markers; MaxMarkers / that many such paragraphs, then plain text.
    var paragraphs = MaxMarkers / MaxMarkersPerParagraph;
    foreach (var (name, piece, markers) in new[]
    {
        ("link openers [a](", "[a](", 1), ("image openers ![a](", "![a](", 1), ("emphasis *a", "*a", 1), ("strong **a", "**a", 2),
        ("strike ~~a", "~~a", 2), ("backticks `a", "`a", 1), ("mixed [*a](", "[*a](", 2), ("brackets [", "[", 1),
    })
    {
        var one = Repeat(piece, MaxMarkersPerParagraph / markers);
        yield return ($"{name}, short paragraphs", Fill(Enumerable.Repeat(one, paragraphs), "Thanh Miếu "));
        yield return ($"{name}, long paragraphs", FillParagraphs(Enumerable.Repeat(one, paragraphs)));
    }

    var half = MaxDepth / 2;
    yield return ("quotes and lists at MaxDepth", Largest(Repeat("> ", half) + Repeat("- ", half) + "a\n"));
    yield return ("indented list at MaxDepth", Largest(string.Join('\n', Enumerable.Range(0, half).Select(i => new string(' ', i * 2) + "- a")) + "\n"));
    var row = Repeat("|a", MaxColumns) + "|\n";
    yield return ($"pipe tables of {MaxColumns} columns", Largest(row + Repeat("|-", MaxColumns) + "|\n" + row + "\n"));
    var border = "+" + Repeat("-+", MaxColumns) + "\n";
    yield return ($"grid tables of {MaxColumns} columns", Largest(border + "|" + Repeat("a|", MaxColumns) + "\n" + border + "\n"));
    foreach (var (name, piece) in new[]
    {
        ("one-letter paragraphs", "a\n\n"), ("headings", "# a\n"), ("list items", "- a\n"), ("numbered items", "1. a\n"),
        ("thematic breaks", "---\n\n"), ("hard line breaks", "a  \n"), ("entities", "&amp;"), ("autolinks", "<http://a.vn> "),
        ("fenced code blocks", "```\na\n```\n"), ("definition-like lines", "a\n: b\n"),
    })
    {
        yield return ($"{name} ({piece.ReplaceLineEndings("\\n")})", Largest(piece));
    }

    yield return ("plain text", Fill([], "Thanh Miếu "));
    yield return ("one unbroken word", new string('a', MaxLength));
}

// The paragraphs separated by blank lines, then paragraphs of plain text up to MaxLength.
static string Fill(IEnumerable<string> paragraphs, string filler)
{
    var text = new StringBuilder(string.Join("\n\n", paragraphs));
    while (filler.Length > 0 && text.Length + filler.Length + 2 < MaxLength)
    {
        text.Append("\n\n").Append(Repeat(filler, Math.Min(200, (MaxLength - text.Length - 2) / filler.Length)));
    }

    return text.ToString()[..Math.Min(text.Length, MaxLength)];
}

// Each paragraph's markers followed, in the same paragraph, by its share of plain text up to MaxLength.
static string FillParagraphs(IEnumerable<string> paragraphs)
{
    var list = paragraphs.ToList();
    var share = (MaxLength / list.Count) - list[0].Length - 2;
    return string.Join("\n\n", list.Select(p => p + " " + Repeat("a ", share / 2)))[..MaxLength];
}

// As many repetitions of the piece as the limits accept (found by bisection; the check is linear and fast).
static string Largest(string piece)
{
    var (low, high) = (1, (MaxLength / piece.Length) + 1);
    while (high - low > 1)
    {
        var middle = (low + high) / 2;
        (low, high) = Check(Repeat(piece, middle)) is null ? (middle, high) : (low, middle);
    }

    return Repeat(piece, low);
}

static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

internal static class Paths
{
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ThanhMieu.Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
