using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

[Route("van-ban")]
public sealed class DocumentsController(PublicDocuments documents, MediaLibrary media) : Controller
{
    [HttpGet("", Name = RouteNames.Documents)]
    public async Task<IActionResult> Index(
        [FromQuery] string? q,
        [FromQuery] string? loai,
        [FromQuery(Name = "co-quan")] string? coQuan,
        [FromQuery(Name = "linh-vuc")] string? linhVuc,
        [FromQuery] int? nam,
        [FromQuery] int trang = 1,
        CancellationToken cancellationToken = default)
    {
        var query = new DocumentQuery { Q = q, Type = Blank(loai), Issuer = Blank(coQuan), Field = Blank(linhVuc), Year = nam, Page = trang };
        var type = query.Type is { } slug ? DocumentNames.TypeFromSlug(slug) : null;
        if (!ModelState.IsValid || !TryValidateModel(query) || (query.Type is not null && type is null))
        {
            return BadRequest();
        }

        var model = await documents.GetListAsync(query, type, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{slug}", Name = RouteNames.Document)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug))
        {
            return NotFound();
        }

        var document = await documents.GetDocumentAsync(slug, cancellationToken);
        return document is null ? NotFound() : View(document);
    }

    /// <summary>A document's PDF, always as a download (never shown in the page's origin), with its checked type.</summary>
    [HttpGet("{slug}/tep/{fileId:int}", Name = RouteNames.DocumentFile)]
    public async Task<IActionResult> Download(string slug, int fileId, CancellationToken cancellationToken)
    {
        if (!Slugifier.IsWellFormed(slug) || await documents.FindFileAsync(slug, fileId, cancellationToken) is not ({ } fileName, _)
            || media.Find(fileName) is not { } file)
        {
            return NotFound();
        }

        return PhysicalFile(file.Path, PdfInspector.ContentType, $"{slug}-{fileId.ToString(CultureInfo.InvariantCulture)}{PdfInspector.Extension}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
