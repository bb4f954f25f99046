using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ThanhMieu.Portal.Controllers;

/// <summary>
/// Lets every public GET route answer HEAD too, so uptime monitors and link checkers see the page's real status and
/// headers: the action runs as for GET and what it writes is discarded. Error pages, which answer any method, get
/// the same treatment.
/// </summary>
public sealed class HeadMatchesGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        // The admin area answers for itself.
        if (action.Controller.RouteValues.ContainsKey("area"))
        {
            return;
        }

        var answersHead = false;
        foreach (var selector in action.Selectors)
        {
            var methods = selector.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault();
            if (methods is null || Accepts(methods, HttpMethods.Head))
            {
                answersHead = true;
            }
            else if (Accepts(methods, HttpMethods.Get))
            {
                AddHead(selector, methods);
                answersHead = true;
            }
        }

        if (answersHead)
        {
            action.Filters.Add(new DiscardHeadResponseBodyFilter());
        }
    }

    private static bool Accepts(HttpMethodMetadata methods, string method) =>
        methods.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase);

    private static void AddHead(SelectorModel selector, HttpMethodMetadata methods)
    {
        string[] withHead = [.. methods.HttpMethods, HttpMethods.Head];
        selector.EndpointMetadata.Remove(methods);
        selector.EndpointMetadata.Add(new HttpMethodMetadata(withHead, methods.AcceptCorsPreflight));
        if (selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault() is { } constraint)
        {
            selector.ActionConstraints.Remove(constraint);
            selector.ActionConstraints.Add(new HttpMethodActionConstraint(withHead));
        }
    }
}

/// <summary>
/// Sends a HEAD response without its body. Kestrel drops it anyway, but not every host does (the test server, for
/// one), and on a kept-alive connection a client would read those bytes as the start of the next response.
/// </summary>
public sealed class DiscardHeadResponseBodyFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        var body = http.Features.Get<IHttpResponseBodyFeature>();

        // An error page re-executes the request on the same context, whose body may already be discarded.
        if (HttpMethods.IsHead(http.Request.Method) && body is not null && body.Stream != Stream.Null)
        {
            http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
