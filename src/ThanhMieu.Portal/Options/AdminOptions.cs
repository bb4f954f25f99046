namespace ThanhMieu.Portal.Options;

/// <summary>Admin area settings. Bound from the <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>How long a sign-in lasts without activity (sliding), in minutes.</summary>
    [Range(5, 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>Rows per page on admin lists.</summary>
    [Range(5, 200)]
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// After how many days without an update the compliance page (/admin/tuan-thu) warns that a section the decree asks
    /// for may be out of date.
    /// </summary>
    [Range(1, 3650)]
    public int ComplianceStaleAfterDays { get; set; } = 90;

    /// <summary>Email of the Development-only bootstrap administrator, created when no user exists.</summary>
    [Required]
    [EmailAddress]
    public string BootstrapEmail { get; set; } = "quantri@localhost";
}

/// <summary>Uploaded images. Bound from the <c>Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>
    /// Folder for uploaded files, outside wwwroot; relative paths are under <c>Database:DataFolder</c>.
    /// </summary>
    [Required]
    public string Folder { get; set; } = "media";

    /// <summary>Largest accepted upload, in bytes (default 5 MB).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest accepted PDF of the documents register, in bytes (default 10 MB).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The largest file any upload accepts: what a request body is allowed to carry, besides the form's fields.</summary>
    public long LargestUpload => Math.Max(MaxBytes, MaxDocumentBytes);
}
