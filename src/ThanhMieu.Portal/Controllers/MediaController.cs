using Microsoft.Net.Http.Headers;

namespace ThanhMieu.Portal.Controllers;

/// <summary>Serves uploaded images with their checked content type; names are server-made and never reused.</summary>
public sealed class MediaController(MediaLibrary media) : Controller
{
    [HttpGet("media/{fileName}", Name = RouteNames.Media)]
    public IActionResult Get(string fileName)
    {
        // A document's PDF is only served as a download of its (visible) document, never from here.
        if (media.Find(fileName) is not { } file || file.ContentType == PdfInspector.ContentType)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers[HeaderNames.ContentDisposition] = "inline";
        return PhysicalFile(file.Path, file.ContentType);
    }
}
