using System.Reflection;
using System.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ThanhMieu.Portal.Areas.Admin.Binding;

/// <summary>
/// The one place an admin form field's Vietnamese words come from: its label, its hint and its error messages are
/// resource keys named after the form and the property, so a form declares only its fields and their limits.
/// For <c>HeritageSiteForm.FormerUnitId</c> the label is the first of <c>HeritageSite_FormerUnitId</c>,
/// <c>HeritageSite_FormerUnit</c> (an id is named after what it points to, a <c>…Markdown</c> field after its text),
/// then the same under the declaring type and under <c>Content_</c> (fields many forms share: summary, sources, order).
/// The hint adds <c>_Hint</c>; a Markdown field without one gets the shared Markdown hint. A message is the key plus
/// <c>_Required</c>, <c>_TooLong</c> or <c>_Range</c> where a field words it its own way, else the shared wording.
/// </summary>
public static class FieldText
{
    private const string Shared = "Content";

    private static readonly (Type Type, ResourceManager Manager)[] Resources =
        [
            (typeof(ContentText), ContentText.ResourceManager),
            (typeof(AdminText), AdminText.ResourceManager),
            (typeof(QuestionText), QuestionText.ResourceManager),
            (typeof(DocumentText), DocumentText.ResourceManager),
            (typeof(AnnouncementsText), AnnouncementsText.ResourceManager),
            (typeof(OrganisationText), OrganisationText.ResourceManager),
            (typeof(ContactsText), ContactsText.ResourceManager),
            (typeof(BoundsText), BoundsText.ResourceManager),
            (typeof(RedirectText), RedirectText.ResourceManager),
        ];

    /// <summary>Whether the conventions apply: the forms and list filters of the admin area and of the public site.</summary>
    public static bool AppliesTo(Type? container) =>
        container is { Namespace: "ThanhMieu.Portal.Areas.Admin.Models" or "ThanhMieu.Portal.Models" } && Prefix(container) != container.Name;

    /// <summary>The field's label; null for what is no field (set by the server, never posted).</summary>
    public static string? Label(Type container, PropertyInfo property) => Text(LabelKey(container, property));

    /// <summary>The resource key of the field's label, found once (MVC keeps it with the field's metadata).</summary>
    public static (Type Resource, string Key)? LabelKey(Type container, PropertyInfo property) =>
        IsField(property) ? Key(container, property, "") : null;

    public static (Type Resource, string Key)? HintKey(Type container, PropertyInfo property) =>
        !IsField(property) ? null
        : Key(container, property, "_Hint")
            ?? (property.IsDefined(typeof(MarkdownFieldAttribute)) ? (typeof(ContentText), nameof(ContentText.Content_Markdown_Hint)) : null);

    /// <summary>The text of a key found by <see cref="Key"/>, in the current culture.</summary>
    public static string? Text((Type Resource, string Key)? key) =>
        key is var (resource, name) ? Resources.First(r => r.Type == resource).Manager.GetString(name, CultureInfo.CurrentUICulture) : null;

    private static bool IsField(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } && !property.IsDefined(typeof(BindNeverAttribute), inherit: true);

    /// <summary>
    /// The first of the field's keys with <paramref name="suffix"/> that a resource holds (its resource class and key):
    /// its label, its hint, or its own wording of a message; null when there is none (a message uses the shared one).
    /// </summary>
    public static (Type Resource, string Key)? Key(Type container, PropertyInfo property, string suffix) =>
        Keys(container, property, suffix)
            .SelectMany(key => Resources.Where(r => r.Manager.GetString(key, CultureInfo.InvariantCulture) is not null).Select(r => (r.Type, key)))
            .Cast<(Type, string)?>()
            .FirstOrDefault();

    private static IEnumerable<string> Keys(Type container, PropertyInfo property, string suffix)
    {
        var names = new List<string> { property.Name };
        foreach (var ending in (string[])["Ids", "Id", "Markdown"])
        {
            if (property.Name.Length > ending.Length && property.Name.EndsWith(ending, StringComparison.Ordinal))
            {
                names.Add(property.Name[..^ending.Length] + (ending == "Ids" ? "s" : ""));
            }
        }

        var prefixes = new[] { Prefix(container), Prefix(property.DeclaringType ?? container), Shared }.Distinct();
        return prefixes.SelectMany(prefix => names.Select(name => $"{prefix}_{name}{suffix}"));
    }

    /// <summary>"HeritageSiteForm" and "HeritageSiteFilter" both name their fields "HeritageSite_…".</summary>
    private static string Prefix(Type type)
    {
        var name = type.Name.Split('`')[0];
        foreach (var ending in (string[])["Form", "Filter"])
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name[..^ending.Length];
            }
        }

        return name;
    }
}

/// <summary>Gives MVC the labels, hints and messages of <see cref="FieldText"/>; explicit attributes still win.</summary>
public sealed class FieldTextMetadataProvider : IDisplayMetadataProvider, IValidationMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (Property(context.Key) is not var (container, property))
        {
            return;
        }

        // The keys are found here, once per field; a page only reads their text.
        var display = context.DisplayMetadata;
        if (display.DisplayName is null && FieldText.LabelKey(container, property) is { } label)
        {
            display.DisplayName = () => FieldText.Text(label)!;
        }

        if (display.Description is null && FieldText.HintKey(container, property) is { } hint)
        {
            display.Description = () => FieldText.Text(hint)!;
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (Property(context.Key) is not var (container, property) || FieldText.Label(container, property) is not { } label)
        {
            return;
        }

        // A required text must say something: a name of only zero-width and direction marks would save as nothing.
        var validators = context.ValidationMetadata.ValidatorMetadata;
        if (property.PropertyType == typeof(string) && validators.OfType<RequiredAttribute>().Any() && !validators.OfType<MarkdownFieldAttribute>().Any())
        {
            validators.Add(new VisibleTextAttribute());
        }

        foreach (var attribute in validators.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
            {
                continue;
            }

            var suffix = attribute switch
            {
                RequiredAttribute => "_Required",
                StringLengthAttribute => "_TooLong",
                RangeAttribute => "_Range",
                _ => null,
            };
            if (suffix is null)
            {
                continue;
            }

            if (FieldText.Key(container, property, suffix) is var (resource, key))
            {
                (attribute.ErrorMessageResourceType, attribute.ErrorMessageResourceName) = (resource, key);
            }
            else if (attribute is RequiredAttribute)
            {
                // "Vui long nhap ten di san": the label mid-sentence, so formatted here, once, in the admin's language;
                // escaped because MVC formats the message again.
                var text = VietnameseFormat.Text(IsChoice(property) ? CommonText.Input_Choose : CommonText.Input_Required, Lower(label));
                attribute.ErrorMessage = text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
            }
            else
            {
                attribute.ErrorMessageResourceType = typeof(CommonText);
                attribute.ErrorMessageResourceName = suffix == "_Range" ? nameof(CommonText.Input_Range) : nameof(CommonText.Input_TooLong);
            }
        }
    }

    private static (Type Container, PropertyInfo Property)? Property(ModelMetadataIdentity key) =>
        key is { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } property, ContainerType: { } container }
        && FieldText.AppliesTo(container)
            ? (container, property)
            : null;

    /// <summary>Staff choose an enum value or a referenced item ("…Id"), and type everything else.</summary>
    private static bool IsChoice(PropertyInfo property) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum || property.Name.EndsWith("Id", StringComparison.Ordinal);

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLower(label[0], VietnameseFormat.Culture) + label[1..];
}

/// <summary>
/// A required text field's rule, added by <see cref="FieldTextMetadataProvider"/> to every one: at least one letter or
/// digit, so a title made only of direction marks, zero-width characters or spaces is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VisibleTextAttribute : ValidationAttribute
{
    public VisibleTextAttribute()
    {
        ErrorMessageResourceType = typeof(BoundsText);
        ErrorMessageResourceName = nameof(BoundsText.Text_NoVisibleLetter);
    }

    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || text.Any(char.IsLetterOrDigit);
}

/// <summary>Binds every number, date, choice and yes/no field of the admin's forms and filters with <see cref="VietnameseInputBinder"/>.</summary>
public sealed class VietnameseInputBinderProvider : IModelBinderProvider
{
    private static readonly Type[] Types = [typeof(int), typeof(decimal), typeof(double), typeof(DateOnly), typeof(bool)];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Metadata;
        var type = metadata.UnderlyingOrModelType;
        return metadata.MetadataKind == ModelMetadataKind.Property
            && FieldText.AppliesTo(metadata.ContainerType)
            && (type.IsEnum || Types.Contains(type))
                ? new BinderTypeModelBinder(typeof(VietnameseInputBinder))
                : null;
    }
}
