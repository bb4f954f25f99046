namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/the")]
public sealed class TagsController(TagAdmin tags) : ContentController<TagForm, ContentFilter, TaxonomyEditPage<TagForm>>(tags);
