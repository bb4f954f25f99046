namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>Posted text as stored, for every admin service.</summary>
public static class PostedText
{
    /// <summary>Browsers send CRLF from textareas, stored text uses LF, so an untouched field stays unchanged.</summary>
    public static string Clean(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";
}
