using System.Text;

namespace ThanhMieu.Portal.Services;

/// <summary>Turns Vietnamese titles into URL slugs: the temple's name "Den Tam Giang" (with its marks) becomes "den-tam-giang".</summary>
public static class Slugifier
{
    public const int MaxLength = 80;

    public static string Slugify(string? text)
    {
        var slug = Fold(text);
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>
    /// The words of <paramref name="text"/> without diacritics, lower case, joined by '-', however long: what a slug is
    /// made of, and what a search that ignores diacritics compares.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // D with stroke (U+0111, U+0110) is a letter of its own, not d with a diacritic, so Unicode decomposition leaves it alone.
        var decomposed = text.Replace('\u0111', 'd').Replace('\u0110', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="value"/> has the shape of a slug this class makes.</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value[0] != '-' && value[^1] != '-'
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !value.Contains("--", StringComparison.Ordinal);

    /// <summary>The slug itself, or the first of slug-2, slug-3 ... that <paramref name="isTaken"/> rejects.</summary>
    public static async Task<string> MakeUniqueAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        var candidate = slug;
        for (var n = 2; await isTaken(candidate); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            candidate = (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)] : slug) + suffix;
        }

        return candidate;
    }
}
