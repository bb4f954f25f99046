using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Areas.Admin.Models;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The admin forms declare only their fields; their words come from resources by convention (FieldText). These read
/// MVC's metadata from the running app, as the form pages and validation do.
/// </summary>
public sealed class FieldTextTests : IClassFixture<SeededPortal>
{
    private readonly IModelMetadataProvider _metadata;
    private readonly IModelBinderFactory _binders;

    public FieldTextTests(SeededPortal portal)
    {
        _ = portal.CreateClient();
        _metadata = portal.Services.GetRequiredService<IModelMetadataProvider>();
        _binders = portal.Services.GetRequiredService<IModelBinderFactory>();
    }

    public static TheoryData<Type> Forms() =>
        new(typeof(ContentForm).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(ContentForm).IsAssignableFrom(t) || typeof(ContentFilter).IsAssignableFrom(t)
                || t == typeof(ObservationForm) || t == typeof(ProgressUpdateForm) || t == typeof(OfficialForm))));

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryPostedField_HasAVietnameseLabel_AndVietnameseMessages(Type form)
    {
        foreach (var field in PostedFields(form))
        {
            Assert.False(string.IsNullOrEmpty(field.DisplayName), $"{form.Name}.{field.Name} has no label");
            Assert.NotEqual(field.Name, field.DisplayName);
            foreach (var rule in field.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                var message = rule.FormatErrorMessage(field.DisplayName!);
                Assert.DoesNotContain("field", message, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(message, c => c > 127); // Vietnamese, with its marks; MVC's defaults are English

            }
        }
    }

    [Fact]
    public void SharedWording_NamesTheField_AndItsLimit()
    {
        var name = _metadata.GetMetadataForProperty(typeof(HeritageSiteForm), nameof(HeritageSiteForm.Name));
        var messages = name.ValidatorMetadata.OfType<ValidationAttribute>().Select(a => a.FormatErrorMessage(name.DisplayName!)).ToList();
        Assert.Equal("Tên di sản", name.DisplayName);
        Assert.Contains("Vui lòng nhập tên di sản.", messages);
        Assert.Contains("Tên di sản không được dài quá 200 ký tự.", messages);

        var category = _metadata.GetMetadataForProperty(typeof(ArticleForm), nameof(ArticleForm.CategoryId));
        Assert.Equal("Vui lòng chọn chuyên mục.", category.ValidatorMetadata.OfType<RequiredAttribute>().Single().FormatErrorMessage(category.DisplayName!));
    }

    [Fact]
    public void OwnWording_WinsOverTheShared()
    {
        var body = _metadata.GetMetadataForProperty(typeof(ArticleForm), nameof(ArticleForm.BodyMarkdown));
        Assert.Equal(
            "Nội dung không được dài quá 200000 ký tự.",
            body.ValidatorMetadata.OfType<StringLengthAttribute>().Single().FormatErrorMessage(body.DisplayName!));
        Assert.NotNull(body.Description);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryNumberDateChoiceAndYesNo_IsBoundTheVietnameseWay(Type form)
    {
        var typed = new[] { typeof(int), typeof(decimal), typeof(double), typeof(DateOnly), typeof(bool) };
        foreach (var field in _metadata.GetMetadataForProperties(form)
            .Where(f => f.IsBindingAllowed && (f.UnderlyingOrModelType.IsEnum || typed.Contains(f.UnderlyingOrModelType))))
        {
            var binder = _binders.CreateBinder(new ModelBinderFactoryContext { Metadata = field, BindingInfo = new BindingInfo() });
            Assert.True(
                binder.GetType().Name == "BinderTypeModelBinder",
                $"{form.Name}.{field.Name} is bound by {binder.GetType().Name}");
        }
    }

    private IEnumerable<ModelMetadata> PostedFields(Type form) =>
        _metadata.GetMetadataForProperties(form).Where(f =>
            f.PropertySetter is not null
            && f.BindingSource != BindingSource.ModelBinding
            && f.Name is not (nameof(ContentForm.ConcurrencyStamp)) and not (nameof(ContentFilter.Page))
            && f.IsBindingAllowed);
}
