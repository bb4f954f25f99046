using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ThanhMieu.Portal.TagHelpers;

/// <summary>
/// The one way pages show a media-library picture: <c>&lt;portal-picture src="/media/…" alt="…" sizes="…" /&gt;</c> becomes
/// an <c>img</c> with <c>srcset</c> over the image's variants, its width and height (no layout shift), and
/// <c>loading="lazy"</c> unless <c>eager</c> is set (a picture at the top of a page). An empty <c>src</c> writes
/// nothing, so an article without a cover has no image and no placeholder.
/// </summary>
[HtmlTargetElement("portal-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PictureTagHelper(MediaPictures pictures) : TagHelper
{
    /// <summary>A media path (/media/…), such as an article's cover; ignored when <see cref="Asset"/> is given.</summary>
    public string? Src { get; set; }

    /// <summary>A library image already loaded with its row (a gallery photo).</summary>
    public MediaAsset? Asset { get; set; }

    public string? Alt { get; set; }

    /// <summary>How wide the picture is drawn, for the browser's choice among the variants.</summary>
    public string Sizes { get; set; } = "100vw";

    /// <summary>True for a picture in the first screen (an article's cover): loaded at once and early.</summary>
    public bool Eager { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var aborted = ViewContext.HttpContext.RequestAborted;
        var picture = Asset is not null ? await pictures.ForAssetAsync(Asset, aborted) : await pictures.ForPathAsync(Src, aborted);
        if (picture is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "img";
        output.TagMode = TagMode.StartTagOnly;
        output.Attributes.SetAttribute("src", picture.Src);
        if (picture.SrcSet is { } srcset)
        {
            output.Attributes.SetAttribute("srcset", srcset);
            output.Attributes.SetAttribute("sizes", Sizes);
        }

        if (picture.Width is { } width && picture.Height is { } height)
        {
            output.Attributes.SetAttribute("width", width.ToString(CultureInfo.InvariantCulture));
            output.Attributes.SetAttribute("height", height.ToString(CultureInfo.InvariantCulture));
        }

        output.Attributes.SetAttribute("alt", Alt ?? "");
        output.Attributes.SetAttribute("loading", Eager ? "eager" : "lazy");
        output.Attributes.SetAttribute("decoding", "async");
        if (Eager)
        {
            output.Attributes.SetAttribute("fetchpriority", "high");
        }
    }
}
