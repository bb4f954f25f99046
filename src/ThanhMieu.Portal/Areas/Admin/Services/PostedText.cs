namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Posted text as stored, for every admin service.</summary>
public static class PostedText
{
    /// <summary>Browsers send CRLF from textareas, stored text uses LF, so an untouched field stays unchanged.</summary>
    public static string Clean(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";

    /// <summary>
    /// Plain text (a name, a title, a note: every field but Markdown) as stored: <see cref="Clean"/>, without the
    /// characters that only change how text looks or reads, never what it says: bidirectional controls (U+202A–U+202E,
    /// U+2066–U+2069, U+200E, U+200F, U+061C), which can make a name read backwards, and zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF), which can make two equal-looking names differ. Vietnamese needs none of them.
    /// </summary>
    public static string CleanPlain(string? text) => Clean(text is null || !text.Any(IsInvisibleControl) ? text : new string(text.Where(c => !IsInvisibleControl(c)).ToArray()));

    public static bool IsInvisibleControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';
}
