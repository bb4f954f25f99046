namespace ThanhMieu.Portal.Areas.Admin.Services;

/// <summary>
/// Old addresses and the pages they now lead to (/admin/chuyen-huong): those the save path made when an item was renamed,
/// and those staff map from the former units' websites (a path, a path under an old host name, or all of an old host).
/// Targets are paths of this site only; a redirect that would loop or lead to another redirect is refused.
/// </summary>
public sealed class RedirectAdmin(PortalDbContext db, IOptions<AdminOptions> options, IOptions<HostingOptions> hosting)
    : ContentAdmin<Redirect, RedirectForm, ContentFilter, RedirectEditPage>(db, options)
{
    /// <summary>Paths the portal keeps for itself: a redirect there would hide the admin area or the probes.</summary>
    private static readonly string[] Reserved = ["/admin", "/health"];

    protected override string Noun => RedirectText.Redirect_Noun;

    protected override string NameOf(Redirect entity) => RedirectRow.Describe(entity.FromHost, entity.FromPath);

    protected override bool HiddenWhenArchived => false;

    public override Task<IListPage> ListAsync(ContentFilter filter, CancellationToken cancellationToken)
    {
        var query = Db.Redirects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim().ToLowerInvariant();
            query = query.Where(r => r.FromHost.Contains(text) || r.FromPath.Contains(text) || r.ToPath.Contains(text));
        }

        return PageOfAsync(
            filter,
            query,
            q => q.OrderBy(r => r.FromHost).ThenBy(r => r.FromPath)
                .Select(r => new RedirectRow(r.Id, r.FromHost, r.FromPath, r.ToPath, r.IsAutomatic, r.IsArchived)),
            [],
            cancellationToken);
    }

    protected override async Task ValidateAsync(RedirectForm form, Redirect? entity, FormState state, CancellationToken cancellationToken)
    {
        var host = LastingUrls.NormalizeHost(form.FromHost);
        form.FromHost = host.Length == 0 ? null : host;
        if (host.Length > 0)
        {
            if (Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal))
            {
                state.AddError(nameof(form.FromHost), RedirectText.Redirect_FromHost_Malformed);
            }
            else if (hosting.Value.PublicOrigin is not { } origin)
            {
                state.AddError(nameof(form.FromHost), RedirectText.Redirect_FromHost_NoPublicOrigin);
            }
            else if (host == new Uri(origin).Host)
            {
                state.AddError(nameof(form.FromHost), RedirectText.Redirect_FromHost_Ours);
            }
        }

        var from = "";
        if (string.IsNullOrWhiteSpace(form.FromPath))
        {
            if (host.Length == 0)
            {
                state.AddError(nameof(form.FromPath), RedirectText.Redirect_FromPath_Required);
            }
        }
        else if (!IsPath(form.FromPath.Trim()) || form.FromPath.Contains('#', StringComparison.Ordinal))
        {
            state.AddError(nameof(form.FromPath), RedirectText.Redirect_FromPath_Malformed);
        }
        else
        {
            from = LastingUrls.Normalize(form.FromPath);
            form.FromPath = from;
            if (host.Length == 0 && Reserved.Any(r => from == r || from.StartsWith(r + "/", StringComparison.Ordinal) || from.StartsWith(r + "?", StringComparison.Ordinal)))
            {
                state.AddError(nameof(form.FromPath), Format(RedirectText.Redirect_FromPath_Reserved, from));
            }
        }

        var to = form.ToPath?.Trim() ?? "";
        if (to.Length > 0 && !IsPath(to))
        {
            state.AddError(nameof(form.ToPath), RedirectText.Redirect_ToPath_Malformed);
        }

        if (!state.IsValid || to.Length == 0)
        {
            return;
        }

        form.ToPath = LastingUrls.NormalizeTarget(to);
        var target = LastingUrls.Normalize(form.ToPath);
        int? id = entity?.Id;
        if (host.Length == 0 && target == from)
        {
            state.AddError(nameof(form.ToPath), RedirectText.Redirect_Loop);
            return;
        }

        if (await Db.Redirects.AnyAsync(r => r.FromHost == host && r.FromPath == from && r.Id != id, cancellationToken))
        {
            state.AddError(nameof(form.FromPath), Format(RedirectText.Redirect_Taken, RedirectRow.Describe(host, from)));
            return;
        }

        // A target that is itself redirected makes a chain (or, back to this address, a loop): lead straight to the end.
        if (await Db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromHost == "" && r.FromPath == target && !r.IsArchived && r.Id != id, cancellationToken)
            is { } onward)
        {
            state.AddError(nameof(form.ToPath), onward.ToPath == from || LastingUrls.Normalize(onward.ToPath) == from
                ? RedirectText.Redirect_Loop
                : Format(RedirectText.Redirect_ChainOnward, form.ToPath, onward.ToPath));
            return;
        }

        // Redirects that lead to this old address would now take two hops.
        if (host.Length == 0)
        {
            var leading = await Db.Redirects.AsNoTracking()
                .Where(r => !r.IsArchived && r.Id != id && (r.ToPath == from || r.ToPath.StartsWith(from + "#")))
                .Select(r => r.FromHost + r.FromPath)
                .FirstOrDefaultAsync(cancellationToken);
            if (leading is not null)
            {
                state.AddError(nameof(form.FromPath), Format(RedirectText.Redirect_ChainInto, leading, from));
            }
        }
    }

    protected override void Apply(RedirectForm form, Redirect entity)
    {
        base.Apply(form, entity);
        entity.FromHost = form.FromHost ?? "";
        entity.FromPath = form.FromPath ?? "";
        entity.ToPath = form.ToPath;
    }

    protected override Task<RedirectEditPage> PageAsync(Redirect? entity, RedirectForm form, CancellationToken cancellationToken) =>
        Task.FromResult(new RedirectEditPage(entity?.Id, form)
        {
            IsAutomatic = entity?.IsAutomatic ?? false,
            PublicOrigin = hosting.Value.PublicOrigin,
        });

    /// <summary>
    /// A path from the site root as typed or pasted: "/" first (not "//" or "/\", which browsers read as another host),
    /// then only what an address may hold (letters, digits and URL punctuation; no spaces, quotes or angle brackets).
    /// </summary>
    private static bool IsPath(string value) =>
        value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.StartsWith("/\\", StringComparison.Ordinal)
        && value.All(c => char.IsLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?%#".Contains(c, StringComparison.Ordinal));
}
