using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ThanhMieu.Portal.Services;

/// <summary>A heading of a rendered document, for tables of contents: its level (2–6), anchor and text.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>Sanitised HTML and the headings it contains.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings);

/// <summary>
/// Renders staff-written Markdown to safe HTML. Used when content is saved; pages show the stored result.
/// </summary>
public interface IMarkdownRenderer
{
    /// <summary>
    /// Renders <paramref name="markdown"/> with raw HTML disabled, tables, Vietnamese-aware heading anchors and only
    /// http, https, mailto and relative links; the output is sanitised once more before it is returned.
    /// A text past <see cref="MarkdownLimits"/> (or one the parser gives up on) is not rendered: it throws
    /// <see cref="MarkdownRefusedException"/>, which the edit pipeline shows beside the field.
    /// </summary>
    RenderedMarkdown Render(string? markdown);
}

public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public RenderedMarkdown Render(string? markdown)
    {
        if (MarkdownLimits.Check(markdown) is { } refusal)
        {
            throw new MarkdownRefusedException(refusal);
        }

        try
        {
            var document = Markdown.Parse(markdown ?? "", _pipeline);
            var headings = AssignHeadingIds(document);
            RemoveDisallowedLinks(document);

            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return new RenderedMarkdown(_sanitizer.Sanitize(writer.ToString()), headings);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            // Markdig's "too deeply nested" and the like: a text the limits let through but the parser will not take.
            throw new MarkdownRefusedException(new(MarkdownProblem.Unparsable, 0, 0), e);
        }
    }

    /// <summary>True for http, https, mailto and relative URLs (no scheme, not protocol-relative).</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge it without them.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || AllowedSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }

    private static List<Heading> AssignHeadingIds(MarkdownDocument document)
    {
        var headings = new List<Heading>();
        var used = new HashSet<string>(StringComparer.Ordinal);

        // The next number to try per anchor, so thousands of equal headings cost a look-up each, not a search each.
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(heading.Inline).Trim();
            var baseId = Slugifier.Slugify(text);
            if (baseId.Length == 0)
            {
                baseId = "muc";
            }

            var id = baseId;
            var n = next.GetValueOrDefault(baseId, 2);
            while (!used.Add(id))
            {
                id = $"{baseId}-{n++}";
            }

            next[baseId] = n;

            heading.GetAttributes().Id = id;
            headings.Add(new Heading(heading.Level, id, text));
        }

        return headings;
    }

    private static void RemoveDisallowedLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowedUrl(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>Replaces a link (or image) by its own text, so the words stay and the target goes.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static string PlainText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        AppendText(container, builder);
        return builder.ToString();
    }

    private static void AppendText(ContainerInline? container, StringBuilder builder)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content);
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline nested:
                    AppendText(nested, builder);
                    break;
            }
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}
