namespace ThanhMieu.Portal.Areas.Admin.Models;

public sealed record RedirectRow(int Id, string FromHost, string FromPath, string ToPath, bool IsAutomatic, bool IsArchived)
{
    /// <summary>The old address as staff read it: the host and path, "/" for the host's home, "*" for all of a host.</summary>
    public string From => Describe(FromHost, FromPath);

    public static string Describe(string host, string path) => host.Length == 0 ? path : host + (path.Length == 0 ? " *" : path);
}

public sealed class RedirectForm : ContentForm
{
    [StringLength(FieldLengths.Host)]
    public string? FromHost { get; set; }

    [StringLength(FieldLengths.Path)]
    public string? FromPath { get; set; }

    [Required, StringLength(FieldLengths.Path)]
    public string ToPath { get; set; } = "";

    [StringLength(FieldLengths.Summary)]
    public string? Note { get; set; }

    public override string SlugSource => LastingUrls.SlugOf(FromHost ?? "", FromPath ?? "");
}

public sealed class RedirectEditPage(int? id, RedirectForm form) : EditPage<RedirectForm>(id, form)
{
    /// <summary>Made by the save path when an item's address changed (shown so staff know where it came from).</summary>
    public bool IsAutomatic { get; init; }

    /// <summary>The configured public origin requests under an old host name are sent to; null when none is set.</summary>
    public string? PublicOrigin { get; init; }
}
