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
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(heading.Inline).Trim();
            var baseId = Slugifier.Slugify(text);
            if (baseId.Length == 0)
            {
                baseId = "muc";
            }

            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

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
