using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ThanhMieu.Portal.Areas.Admin.TagHelpers;

/// <summary>
/// Adds the antiforgery token to every admin form posted to a plain <c>action="..."</c>. MVC's FormTagHelper leaves
/// such forms without a token (it only adds one by default when it builds the action itself), and the admin area
/// validates antiforgery on every unsafe request, so without this every such form would answer 400.
/// An explicit <c>asp-antiforgery</c> attribute is left to FormTagHelper.
/// </summary>
[HtmlTargetElement("form", Attributes = "method,action")]
public sealed class AntiforgeryFormTagHelper(IHtmlGenerator generator) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = context.AllAttributes["method"].Value?.ToString();
        if (string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) && !context.AllAttributes.ContainsName("asp-antiforgery"))
        {
            output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
        }
    }
}
