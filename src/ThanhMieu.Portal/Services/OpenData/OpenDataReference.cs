using Microsoft.OpenApi;

namespace ThanhMieu.Portal.Services.OpenData;

/// <summary>A parameter of an operation as the reference page lists it.</summary>
public sealed record ReferenceParameter(string Name, string Location, bool Required, string Type, string Description);

/// <summary>A response of an operation: its status, what it means and its media types.</summary>
public sealed record ReferenceResponse(string Status, string Description, IReadOnlyList<string> MediaTypes);

/// <summary>One operation of the API: its method, path template, summary, parameters and responses.</summary>
public sealed record ReferenceOperation(
    string Id, string Method, string Path, string Summary, IReadOnlyList<ReferenceParameter> Parameters, IReadOnlyList<ReferenceResponse> Responses);

/// <summary>The reference page's content, read from the API's own OpenAPI document (so it cannot drift from it).</summary>
public sealed record ReferencePage(string Title, string Description, string Version, IReadOnlyList<ReferenceOperation> Operations);

public static class OpenDataReference
{
    public static ReferencePage From(OpenApiDocument document)
    {
        var operations = new List<ReferenceOperation>();
        foreach (var (path, item) in document.Paths ?? [])
        {
            // HEAD is answered wherever GET is, with the same headers; the page says so once instead of twice per path.
            foreach (var (method, operation) in (item.Operations ?? []).Where(o => o.Key != HttpMethod.Head))
            {
                var parameters = (operation.Parameters ?? [])
                    .Select(p => new ReferenceParameter(
                        p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Schema?.Type?.ToString().ToLowerInvariant() ?? "", p.Description ?? ""))
                    .ToList();
                var responses = (operation.Responses ?? [])
                    .Select(r => new ReferenceResponse(r.Key, r.Value.Description ?? "", r.Value.Content?.Keys.ToList() ?? []))
                    .ToList();
                operations.Add(new ReferenceOperation(
                    operation.OperationId ?? "", method.Method, path, operation.Summary ?? "", parameters, responses));
            }
        }

        return new ReferencePage(document.Info?.Title ?? "", document.Info?.Description ?? "", document.Info?.Version ?? "", operations);
    }
}
