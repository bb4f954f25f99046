using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Copies the properties two types share by name and type (a nullable value counts as its value type): a form and its
/// entity, an article and its revision. So a content type writes only the fields that are more than a copy (Markdown
/// rendered at save, an article's publish time). From a form, posted text is stored cleaned (<see cref="PostedText"/>:
/// plain text also loses bidirectional and zero-width controls, Markdown keeps every character);
/// an empty value of a nullable text column is stored as null ("not known"), of any other as ""; the entity's
/// bookkeeping (id, stamp, archive flag, who saved when) is never taken from a form. A null is not written to a column
/// that cannot hold it: validation has refused it before (a required choice left empty).
/// </summary>
public static class FormMapping
{
    private static readonly string[] Bookkeeping =
    [
        "Id", nameof(IVersioned.ConcurrencyStamp), nameof(IVersioned.UpdatedAtUtc), nameof(IVersioned.UpdatedBy),
        nameof(IVersioned.CreatedAtUtc), nameof(IArchivable.IsArchived),
    ];

    /// <summary>The edit form of a saved entity, with the stamp it was loaded with.</summary>
    public static TForm ToForm<TEntity, TForm>(TEntity entity)
        where TForm : new() =>
        Copy(entity, new TForm());

    /// <summary>Writes the form's fields onto the entity: everything a save takes from the form but its stamp.</summary>
    public static void Apply<TForm, TEntity>(TForm form, TEntity entity) =>
        Copy(
            form,
            entity,
            (from, to) => !Bookkeeping.Contains(to.Name) && !from.IsDefined(typeof(BindNeverAttribute), inherit: true),
            (to, value) => to.PropertyType != typeof(string) ? value
                : string.IsNullOrWhiteSpace(value as string) && Shared<TForm, TEntity>.NullableText.Contains(to.Name) ? null
                : Shared<TForm, TEntity>.Markdown.Contains(to.Name) ? PostedText.Clean(value as string)
                : PostedText.CleanPlain(value as string));

    /// <summary>Copies every shared property <paramref name="include"/> allows, through <paramref name="convert"/> when given.</summary>
    public static TTo Copy<TFrom, TTo>(
        TFrom from, TTo to, Func<PropertyInfo, PropertyInfo, bool>? include = null, Func<PropertyInfo, object?, object?>? convert = null)
    {
        foreach (var (fromProperty, toProperty) in Shared<TFrom, TTo>.Pairs.Where(p => include?.Invoke(p.From, p.To) ?? true))
        {
            var value = fromProperty.GetValue(from);
            value = convert is null ? value : convert(toProperty, value);
            if (value is not null || !toProperty.PropertyType.IsValueType || Nullable.GetUnderlyingType(toProperty.PropertyType) is not null)
            {
                toProperty.SetValue(to, value);
            }
        }

        return to;
    }

    /// <summary>What two types share, read once per pair of types.</summary>
    private static class Shared<TFrom, TTo>
    {
        public static readonly IReadOnlyList<(PropertyInfo From, PropertyInfo To)> Pairs =
            typeof(TTo).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(to => to.SetMethod is { IsPublic: true })
                .Select(to => (From: typeof(TFrom).GetProperty(to.Name, BindingFlags.Public | BindingFlags.Instance), To: to))
                .Where(p => p.From is { CanRead: true } && Underlying(p.From.PropertyType) == Underlying(p.To.PropertyType))
                .Select(p => (p.From!, p.To))
                .ToList();

        /// <summary>The text properties of <typeparamref name="TTo"/> declared nullable (read once: NullabilityInfoContext is not thread-safe).</summary>
        public static readonly HashSet<string> NullableText = NullableTextOf(typeof(TTo));

        /// <summary>The Markdown fields of <typeparamref name="TFrom"/>: cleaned, but kept character for character otherwise.</summary>
        public static readonly HashSet<string> Markdown = typeof(TFrom).GetProperties()
            .Where(p => p.IsDefined(typeof(MarkdownFieldAttribute), inherit: true)).Select(p => p.Name).ToHashSet();
    }

    private static HashSet<string> NullableTextOf(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && nullability.Create(p).WriteState == NullabilityState.Nullable)
            .Select(p => p.Name)
            .ToHashSet();
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
