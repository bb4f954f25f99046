using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Models;

// Shared by every content screen, articles included: list filters and paging, edit pages, the concurrency conflict.

public enum ArchiveFilter
{
    Active = 0,
    Archived = 1,
    All = 2,
}

/// <summary>The query string of a content list: text, archived or not, page.</summary>
public class ContentFilter
{
    [StringLength(FieldLengths.Name)]
    public string? Q { get; set; }

    public ArchiveFilter Show { get; set; }

    public int Page { get; set; } = 1;

    public static IReadOnlyList<SelectListItem> ShowChoices =>
    [
        new(AdminText.Filter_Show_Active, nameof(ArchiveFilter.Active)),
        new(AdminText.Filter_Show_Archived, nameof(ArchiveFilter.Archived)),
        new(AdminText.Filter_Show_All, nameof(ArchiveFilter.All)),
    ];
}

/// <summary>An extra select of a list's filter form (e.g. the indicator group), named as in the query string.</summary>
public sealed record FilterSelect(string Name, string Label, IReadOnlyList<SelectListItem> Items, string? Selected);

/// <summary>What the shared filter and pager partials need from any list.</summary>
public interface IListPage
{
    ContentFilter Filter { get; }

    Paging Paging { get; }

    IReadOnlyList<FilterSelect> Selects { get; }
}

public sealed record ListPage<TRow>(ContentFilter Filter, IReadOnlyList<TRow> Rows, Paging Paging, IReadOnlyList<FilterSelect> Selects) : IListPage;

/// <summary>The archive (or restore) button of one item of the current controller; posts to its Archive or Restore action.</summary>
public sealed record ArchiveButton(int Id, bool IsArchived, string Name);

/// <summary>
/// Marks a form property holding Markdown: a conflict shows it as a text diff, not as two blocks of text; and the text
/// must stay inside <see cref="MarkdownLimits"/> (nesting, table width, markers), checked before anything renders it,
/// so a preview and a save refuse it beside the field. Its length is the field's own <c>StringLength</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownFieldAttribute : ValidationAttribute
{
    public MarkdownFieldAttribute()
    {
        ErrorMessageResourceType = typeof(BoundsText);
        ErrorMessageResourceName = nameof(BoundsText.Markdown_Refused);
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var text = PostedText.Clean(value as string);
        var ownLimit = validationContext.ObjectType.GetProperty(validationContext.MemberName ?? "")
            ?.GetCustomAttributes(typeof(StringLengthAttribute), inherit: true).OfType<StringLengthAttribute>().FirstOrDefault()?.MaximumLength;

        // Over the field's own length its StringLength says so; one message is enough.
        if (text.Length > (ownLimit ?? MarkdownLimits.MaxLength) || MarkdownLimits.Check(text) is not { } refusal)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        return new ValidationResult(Message(refusal, validationContext.DisplayName), members);
    }

    /// <summary>Why the text of the field labelled <paramref name="label"/> is not rendered, in Vietnamese.</summary>
    public static string Message(MarkdownRefusal refusal, string label) =>
        VietnameseFormat.Text(
            refusal.Problem switch
            {
                MarkdownProblem.TooLong => BoundsText.Markdown_TooLong,
                MarkdownProblem.TooDeep => BoundsText.Markdown_TooDeep,
                MarkdownProblem.TooManyColumns => BoundsText.Markdown_TooManyColumns,
                MarkdownProblem.TooManyCells => BoundsText.Markdown_TooManyCells,
                MarkdownProblem.TooManyBlocks => BoundsText.Markdown_TooManyBlocks,
                MarkdownProblem.TooManyMarkersInParagraph => BoundsText.Markdown_TooManyMarkersInParagraph,
                MarkdownProblem.TooManyMarkers => BoundsText.Markdown_TooManyMarkers,
                _ => BoundsText.Markdown_Refused,
            },
            label,
            refusal.Limit.ToString("N0", VietnameseFormat.Culture),
            refusal.Line.ToString("N0", VietnameseFormat.Culture));
}

/// <summary>What every editable content form carries: a slug (suggested from a name) and the concurrency stamp it was loaded with.</summary>
public abstract class ContentForm
{
    /// <summary>Markdown columns are unbounded; this keeps a runaway paste from being stored and rendered.</summary>
    public const int MarkdownMaxLength = 100_000;

    [StringLength(Slugifier.MaxLength)]
    public string? Slug { get; set; }

    /// <summary>The stamp the item had when the form was loaded; a save only succeeds if it is still current.</summary>
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>True when the site depends on the slug, so it may not change. Set by the server, never posted.</summary>
    [BindNever]
    public bool SlugLocked { get; set; }

    /// <summary>The text a slug is suggested from when the slug field is left empty.</summary>
    public abstract string SlugSource { get; }

    /// <summary>
    /// Fields whose posted value can only be malformed if the page was tampered with (ids of choices, the stamp): a value
    /// that fails to bind there is a bad request, not something to explain beside a field.
    /// </summary>
    public virtual IReadOnlyList<string> MachineFields => [nameof(ConcurrencyStamp)];
}

/// <summary>
/// A child row's form: the stamp the row had when its edit screen was made, posted back with every save of the row.
/// Empty on the "add" form.
/// </summary>
public interface IChildRowForm
{
    Guid ConcurrencyStamp { get; set; }
}

/// <summary>What the shared partials of an edit screen need, whatever the form.</summary>
public interface IEditPage
{
    int? Id { get; }

    bool IsArchived { get; }

    string Name { get; }

    /// <summary>Where residents see the item now (null when it has no page of its own or is not visible).</summary>
    string? PublicUrl { get; }

    ConflictComparison? Conflict { get; set; }

    /// <summary>The form's Markdown as residents will see it; set when staff ask for a preview.</summary>
    string? PreviewHtml { get; }

    /// <summary>The options of the form's selects by property name: the select shows them, a conflict names them.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> Choices { get; }
}

/// <summary>An edit (or create) screen: the form, and the item's state around it.</summary>
public class EditPage<TForm>(int? id, TForm form) : IEditPage
    where TForm : ContentForm
{
    public int? Id { get; } = id;

    public TForm Form { get; } = form;

    public bool IsNew => Id is null;

    public bool IsArchived { get; set; }

    /// <summary>The item's saved name, for headings and buttons (the form may hold an unsaved one).</summary>
    public string Name { get; set; } = "";

    public string? PublicUrl { get; set; }

    public ConflictComparison? Conflict { get; set; }

    public virtual string? PreviewHtml { get; set; }

    /// <summary>The options of the form's selects by property name; the type's page fills them in.</summary>
    public Dictionary<string, IReadOnlyList<SelectListItem>> Choices { get; } = [];

    IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> IEditPage.Choices => Choices;
}

/// <summary>A preview: the page with the rendering, or the errors that kept the Markdown from being rendered.</summary>
public sealed record Preview<TPage>(TPage Page, IReadOnlyList<string> Errors)
    where TPage : class;

public enum SaveStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,

    /// <summary>The post could not have come from the form (a tampered or hand-made request): 400.</summary>
    Malformed,

    /// <summary>The server could not write (a full disk, a read-only folder): nothing was saved; the form again, 503.</summary>
    Unavailable,
}

/// <summary>The result of a save: where to go next, or the page to show again (with errors or a conflict).</summary>
public sealed record EditOutcome<TPage>(SaveStatus Status, TPage? Page = null, int Id = 0, string Notice = "", string? Fragment = null)
    where TPage : class;

/// <summary>Validation errors for one form of a page, whose fields are named with <paramref name="prefix"/>.</summary>
public sealed class FormState(ModelStateDictionary modelState, string prefix)
{
    public bool IsValid => modelState.IsValid;

    public void AddError(string field, string message) => modelState.AddModelError(Key(field), message);

    /// <summary>An error about the whole form, shown in its summary.</summary>
    public void AddFormError(string message) => modelState.AddModelError("", message);

    public bool HasError(string field) => modelState.TryGetValue(Key(field), out var entry) && entry.Errors.Count > 0;

    public IEnumerable<string> ErrorsOf(string field) =>
        modelState.TryGetValue(Key(field), out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>Drops the posted value of a field, so the page shows the model's value instead (e.g. a renewed stamp).</summary>
    public void Forget(string field) => modelState.Remove(Key(field));

    private string Key(string field) => prefix.Length == 0 ? field : prefix + "." + field;
}

public sealed record ConflictRow(string Label, string Saved, string Submitted);

/// <summary>A Markdown field that differs: a line and word diff from the saved text to the user's.</summary>
public sealed record ConflictDiff(string Label, TextDiff Diff);

/// <summary>
/// Someone saved the item after this user opened it: the saved values beside the user's, field by field, for the
/// fields that differ, and a line and word diff for each Markdown field that differs. Built from any form type by its
/// labelled fields (<see cref="FieldText"/>), so every screen shares it.
/// </summary>
public sealed record ConflictComparison(IReadOnlyList<ConflictRow> Rows, IReadOnlyList<ConflictDiff> Diffs, DateTime SavedAtUtc, string? SavedBy)
{
    public static ConflictComparison Between<TForm>(
        TForm submitted, TForm saved, DateTime savedAtUtc, string? savedBy, IReadOnlyDictionary<string, IReadOnlyList<SelectListItem>> choices)
        where TForm : class
    {
        var rows = new List<ConflictRow>();
        var diffs = new List<ConflictDiff>();
        foreach (var property in typeof(TForm).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (FieldText.Label(typeof(TForm), property) is not { } label)
            {
                continue;
            }

            choices.TryGetValue(property.Name, out var items);
            var mine = Show(property.GetValue(submitted), items);
            var theirs = Show(property.GetValue(saved), items);
            if (mine == theirs)
            {
                continue;
            }

            if (property.IsDefined(typeof(MarkdownFieldAttribute)))
            {
                // The diff below shows the texts; the table names the field with the start of each.
                rows.Add(new ConflictRow(label, Excerpt(theirs), Excerpt(mine)));
                diffs.Add(new ConflictDiff(label, TextDiffer.Compare(property.GetValue(saved) as string, property.GetValue(submitted) as string).Page(1)!));
            }
            else
            {
                rows.Add(new ConflictRow(label, theirs, mine));
            }
        }

        return new ConflictComparison(rows, diffs, savedAtUtc, savedBy);
    }

    /// <summary>Characters of a Markdown field shown in the conflict table (its diff follows).</summary>
    public const int ExcerptLength = 300;

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";

    private static string Show(object? value, IReadOnlyList<SelectListItem>? items)
    {
        if (items is not null)
        {
            var codes = value is System.Collections.IEnumerable list and not string
                ? list.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList()
                : [value?.ToString() ?? ""];
            var labels = codes.Where(c => c.Length > 0).Select(c => items.FirstOrDefault(i => i.Value == c)?.Text ?? c).ToList();
            return labels.Count == 0 ? AdminText.Conflict_Empty : string.Join(", ", labels);
        }

        return value switch
        {
            null => AdminText.Conflict_Empty,
            string s => s.ReplaceLineEndings("\n").Trim() is { Length: > 0 } text ? text : AdminText.Conflict_Empty,
            decimal d => VietnameseFormat.Number(d),
            double d => VietnameseInput.Format(d),
            bool b => b ? AdminText.Yes : AdminText.No,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? AdminText.Conflict_Empty,
        };
    }
}

/// <summary>Select options with Vietnamese labels.</summary>
public static class SelectOptions
{
    public static IReadOnlyList<SelectListItem> Of<TEnum>(Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();

    /// <summary>Options for an optional reference: an empty first choice, then the items.</summary>
    public static IReadOnlyList<SelectListItem> Optional(string emptyLabel, IEnumerable<(int Id, string Name)> items) =>
        [new SelectListItem(emptyLabel, ""), .. items.Select(i => new SelectListItem(i.Name, i.Id.ToString(CultureInfo.InvariantCulture)))];
}
