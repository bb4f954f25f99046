namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/chuyen-muc")]
public sealed class CategoriesController(CategoryAdmin categories) : ContentController<CategoryForm, ContentFilter, TaxonomyEditPage<CategoryForm>>(categories);
