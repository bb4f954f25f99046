namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Checks of typed contact details and links that a length limit does not cover; an empty value passes.</summary>
public static class InputRules
{
    private static readonly EmailAddressAttribute EmailShape = new();

    /// <summary>Digits, with spaces, dots, dashes, brackets and a leading + as people write them: "0210 3 846 xxx".</summary>
    public static void Phone(string? value, string field, FormState state)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && (!value.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+') || value.Count(char.IsAsciiDigit) < 3))
        {
            state.AddError(field, ContactsText.Input_Phone);
        }
    }

    public static void Email(string? value, string field, FormState state)
    {
        var email = value?.Trim() ?? "";
        if (email.Length > 0 && (!EmailShape.IsValid(email) || email.Any(char.IsWhiteSpace) || !email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal)))
        {
            state.AddError(field, ContactsText.Input_Email);
        }
    }

    /// <summary>An absolute https address: residents follow it off the site, so no script, mail or relative link.</summary>
    public static void HttpsUrl(string? value, string field, FormState state)
    {
        if (!string.IsNullOrWhiteSpace(value) && !IsHttpsUrl(value.Trim()))
        {
            state.AddError(field, ContactsText.Input_HttpsUrl);
        }
    }

    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && uri.Host.Contains('.', StringComparison.Ordinal);
}
