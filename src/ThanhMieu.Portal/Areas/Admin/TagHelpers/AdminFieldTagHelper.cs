using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ThanhMieu.Portal.Areas.Admin.TagHelpers;

/// <summary>
/// One form field the way every admin form lays it out (see Views/Account): label, hint, error text beside the
/// field, then the input, with the hint and error tied to the input for screen readers.
/// <c>&lt;admin-field for="Form.Name" /&gt;</c>; <c>items</c> (or the edit page's choices for the field) makes a select,
/// <c>rows</c> a textarea.
/// The hint is the property's <c>[Display(Description = ...)]</c> unless <c>hint</c> is given.
/// </summary>
[HtmlTargetElement("admin-field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AdminFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Above zero: a textarea of this many rows.</summary>
    [HtmlAttributeName("rows")]
    public int Rows { get; set; }

    [HtmlAttributeName("readonly")]
    public bool ReadOnly { get; set; }

    /// <summary>The language of what staff type into the box (en for the English pages' texts); the label stays Vietnamese.</summary>
    [HtmlAttributeName("input-lang")]
    public string? InputLang { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string Autocomplete { get; set; } = "off";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(fullName, generator.IdAttributeDotReplacement);
        var hint = Hint ?? For.Metadata.Description;
        var hintId = id + "-goi-y";
        var errorId = id + "-loi";
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;

        var attributes = new Dictionary<string, object?>
        {
            ["aria-describedby"] = hint is null ? errorId : hintId + " " + errorId,
        };
        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (InputLang is not null)
        {
            attributes["lang"] = InputLang;
        }

        if (ReadOnly)
        {
            attributes["readonly"] = "readonly";
        }

        var type = For.Metadata.UnderlyingOrModelType;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", type == typeof(bool) ? "field checkbox-field" : "field");

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: null, htmlAttributes: null);
        var error = generator.GenerateValidationMessage(
            ViewContext, For.ModelExplorer, For.Name, message: null, tag: "span", htmlAttributes: new { @class = "field-error", id = errorId });
        IHtmlContent hintTag = hint is null ? HtmlString.Empty : HintTag(hintId, hint);

        if (type == typeof(bool))
        {
            // A checkbox reads best followed by its label; MVC's hidden "false" makes an unticked box post false.
            output.Content.AppendHtml(error);
            output.Content.AppendHtml(generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, isChecked: null, attributes));
            output.Content.AppendHtml(label);
            output.Content.AppendHtml(hintTag);
            output.PostContent.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
            return;
        }

        output.Content.AppendHtml(label);
        output.Content.AppendHtml(hintTag);
        output.Content.AppendHtml(error);
        output.Content.AppendHtml(Input(type, attributes));
    }

    private TagBuilder Input(Type type, Dictionary<string, object?> attributes)
    {
        if ((Items ?? PageChoices()) is { } items)
        {
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: null, For.Name, items, allowMultiple: false, attributes);
        }

        if (Rows > 0)
        {
            return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, columns: 0, attributes);
        }

        attributes["autocomplete"] = Autocomplete;
        if (type == typeof(decimal) || type == typeof(double))
        {
            attributes["inputmode"] = "decimal";
        }
        else if (type == typeof(int))
        {
            attributes["inputmode"] = "numeric";
        }
        else if (type == typeof(DateOnly))
        {
            attributes["type"] = "date";
        }

        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, Display(For.Model), format: null, attributes);
    }

    /// <summary>An edit screen's options for this field (<see cref="IEditPage.Choices"/>), when it is the page's main form's.</summary>
    private IReadOnlyList<SelectListItem>? PageChoices() =>
        ViewContext.ViewData.Model is IEditPage page && For.Metadata.PropertyName is { } name && page.Choices.TryGetValue(name, out var items)
            ? items
            : null;

    /// <summary>The value as staff type it, so it reads back the same: "15.200", "0,27", "2026-03-15" for a date input.</summary>
    private static string? Display(object? value) =>
        value switch
        {
            null => null,
            decimal d => VietnameseInput.Format(d),
            double d => VietnameseInput.Format(d),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

    private static TagBuilder HintTag(string id, string text)
    {
        var tag = new TagBuilder("span");
        tag.Attributes["id"] = id;
        tag.AddCssClass("hint");
        tag.InnerHtml.Append(text);
        return tag;
    }
}
