namespace ThanhMieu.Portal.Services;

/// <summary>
/// Keeps old addresses working. The save path calls <see cref="RecordAsync"/> when an item's public address changes
/// (a renamed slug), so the old one answers 301 to the new one; staff add the addresses of the former units' websites
/// in the admin (<see cref="RedirectAdmin"/>). Redirects never chain: a new address that replaces one already redirected
/// to is written into those redirects too, and an address that is a page again stops being redirected.
/// </summary>
public sealed class LastingUrls(PortalDbContext db)
{
    /// <summary>
    /// The form an old address is kept and looked up in: the path decoded and in lower case, without a trailing slash
    /// or a fragment, and its query string (lower case) when it has one, since old sites often addressed pages by query
    /// ("/index.php?id=12"). "" for an empty value.
    /// </summary>
    public static string Normalize(string? pathAndQuery)
    {
        var value = (pathAndQuery ?? "").Trim();
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            value = value[..hash];
        }

        var question = value.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? value[..question] : value;
        var query = question >= 0 ? value[(question + 1)..] : "";
        path = Unescape(path).ToLowerInvariant().TrimEnd('/');
        if (path.Length == 0 && value.Length > 0)
        {
            path = "/";
        }

        return query.Length == 0 ? path : path + "?" + query.ToLowerInvariant();
    }

    /// <summary>
    /// A redirect's target as kept: its path in lower case without a trailing slash (as the site's own addresses are),
    /// its query and fragment as typed.
    /// </summary>
    public static string NormalizeTarget(string target)
    {
        var value = target.Trim();
        var end = value.IndexOfAny(['?', '#']);
        var path = (end >= 0 ? value[..end] : value).ToLowerInvariant().TrimEnd('/');
        return (path.Length == 0 ? "/" : path) + (end >= 0 ? value[end..] : "");
    }

    /// <summary>A host name as kept: lower case, without a port or a trailing dot.</summary>
    public static string NormalizeHost(string? host)
    {
        var value = (host ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        var colon = value.LastIndexOf(':');
        return colon > 0 && !value.Contains(']', StringComparison.Ordinal) ? value[..colon] : value;
    }

    /// <summary>
    /// Records that the page at <paramref name="oldUrl"/> is now at <paramref name="newUrl"/> (paths from
    /// <see cref="PublicUrls"/>; fragments ignored, since a browser never sends them). Runs inside the save's transaction.
    /// </summary>
    public async Task RecordAsync(string oldUrl, string newUrl, CancellationToken cancellationToken)
    {
        var from = Normalize(oldUrl);
        var to = WithoutFragment(newUrl);
        if (from.Length == 0 || from == Normalize(to))
        {
            return;
        }

        // The new address is a page now: whatever redirected it (a rename back, an old mapping) would be shadowed.
        var target = Normalize(to);
        db.Redirects.RemoveRange(await db.Redirects.Where(r => r.FromHost == "" && r.FromPath == target).ToListAsync(cancellationToken));

        // Redirects to the old address now lead straight to the new one, so no visitor follows two hops.
        var old = WithoutFragment(oldUrl);
        foreach (var earlier in await db.Redirects.Where(r => r.ToPath == old).ToListAsync(cancellationToken))
        {
            earlier.ToPath = to;
        }

        var existing = await db.Redirects.FirstOrDefaultAsync(r => r.FromHost == "" && r.FromPath == from, cancellationToken);
        if (existing is not null)
        {
            existing.ToPath = to;
            existing.IsArchived = false;
            return;
        }

        db.Redirects.Add(new Redirect
        {
            Slug = await Slugifier.MakeUniqueAsync(SlugOf("", from), s => db.Redirects.AnyAsync(r => r.Slug == s, cancellationToken)),
            FromPath = from,
            ToPath = to,
            IsAutomatic = true,
        });
    }

    /// <summary>The admin handle of a redirect, made from its old address.</summary>
    public static string SlugOf(string host, string path)
    {
        // Every character that is not a letter or digit becomes a dash, and the prefix keeps the slug from being empty.
        return Slugifier.Slugify("redirect " + host + " " + path);
    }

    /// <summary>
    /// Where a request for this site's own path that found no page should go: the target of an active redirect of
    /// the path with its query string, else of the path alone; null when there is none.
    /// </summary>
    public Task<string?> FindAsync(string path, string query, CancellationToken cancellationToken)
    {
        var bare = Normalize(path);
        var withQuery = Normalize(path + query);
        return db.Redirects.AsNoTracking()
            .Where(r => r.FromHost == "" && !r.IsArchived && (r.FromPath == withQuery || r.FromPath == bare))
            .OrderByDescending(r => r.FromPath.Length)
            .Select(r => r.ToPath)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string WithoutFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? url[..hash] : url;
    }

    private static string Unescape(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }
}
