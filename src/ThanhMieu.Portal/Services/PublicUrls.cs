namespace ThanhMieu.Portal.Services;

/// <summary>Public page addresses for services (the admin's "see it on the public site"), from the route table.</summary>
public sealed class PublicUrls(LinkGenerator links)
{
    public string Article(string slug) => Path("News", "Detail", new { slug });

    public string News() => Path("News", "Index");

    public string HeritageSite(string slug, string? anchor = null) => Path("Heritage", "Detail", new { slug }, anchor);

    public string Heritage(string? anchor = null) => Path("Heritage", "Index", null, anchor);

    public string Congress() => Path("Congress", "Index");

    /// <summary>/thanh-tuu, or a section of it (an anchor without the #).</summary>
    public string Achievements(string? anchor = null) => Path("Congress", "Achievements", null, anchor);

    public string Targets(string? anchor = null) => Path("Congress", "Targets", null, anchor);

    public string About(string? anchor = null) => Path("Home", "About", null, anchor);

    private string Path(string controller, string action, object? values = null, string? anchor = null) =>
        links.GetPathByAction(action, controller, values, fragment: anchor is null ? default : new FragmentString("#" + anchor))
        ?? throw new InvalidOperationException($"No route for {controller}.{action}.");
}
