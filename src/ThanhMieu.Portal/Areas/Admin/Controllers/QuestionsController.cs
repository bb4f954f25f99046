namespace ThanhMieu.Portal.Areas.Admin.Controllers;

[Route("admin/hoi-dap")]
public sealed class QuestionsController(QuestionAdmin questions) : ContentController<QuestionForm, QuestionFilter, QuestionEditPage>(questions);
