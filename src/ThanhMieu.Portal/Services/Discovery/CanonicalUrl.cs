namespace ThanhMieu.Portal.Services.Discovery;

/// <summary>The one address of the page being served, for its canonical link and OpenGraph URL.</summary>
public static class CanonicalUrl
{
    /// <summary>
    /// The page's named route with its own route values, on <see cref="SiteOrigin"/>. Of the query only the page number
    /// (<see cref="PublicPaging.PageParameter"/>, past the first page) is kept, as only it selects another page; filters
    /// and searches name their unfiltered page. Null for a response that is not a page (an error status) or an
    /// endpoint without a route name.
    /// </summary>
    public static string? Of(HttpContext context)
    {
        if (context.Response.StatusCode >= StatusCodes.Status300MultipleChoices
            || context.GetEndpoint() is not RouteEndpoint endpoint
            || endpoint.Metadata.GetMetadata<IRouteNameMetadata>()?.RouteName is not { } routeName)
        {
            return null;
        }

        var values = new RouteValueDictionary();
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            values[parameter.Name] = context.GetRouteValue(parameter.Name);
        }

        if (int.TryParse(context.Request.Query[PublicPaging.PageParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 1)
        {
            values[PublicPaging.PageParameter] = page;
        }

        var links = context.RequestServices.GetRequiredService<LinkGenerator>();
        return links.GetPathByRouteValues(context, routeName, values) is { } path ? SiteOrigin.Of(context) + path : null;
    }
}
