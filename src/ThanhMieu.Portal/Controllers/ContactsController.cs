using ThanhMieu.Portal.Models;

namespace ThanhMieu.Portal.Controllers;

public sealed class ContactsController(SiteSettingsCache settings, PublicProcedures procedures) : Controller
{
    public const string QueryParameter = "q";

    [HttpGet("lien-he", Name = RouteNames.Contacts)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ContactDetails.For(await settings.GetAsync(cancellationToken)));

    /// <summary>The same page in English: the settings' English texts where staff gave them.</summary>
    [HttpGet("en/contact", Name = RouteNames.EnglishContacts)]
    public async Task<IActionResult> English(CancellationToken cancellationToken) =>
        View(nameof(Index), ContactDetails.For((await settings.GetAsync(cancellationToken)).InEnglish()));

    [HttpGet("thu-tuc-hanh-chinh", Name = RouteNames.Procedures)]
    public async Task<IActionResult> Procedures(
        [FromQuery(Name = QueryParameter), StringLength(FieldLengths.Name)] string? query, CancellationToken cancellationToken) =>
        ModelState.IsValid ? View(await procedures.GetAsync(query, cancellationToken)) : BadRequest();
}
