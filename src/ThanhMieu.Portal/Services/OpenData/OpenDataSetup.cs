using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ThanhMieu.Portal.Hosting;

namespace ThanhMieu.Portal.Services.OpenData;

/// <summary>
/// The open data API's JSON: camelCase names (the web defaults), enumerations as camelCase strings, and Vietnamese
/// letters written as they are (the HTML-sensitive characters stay escaped).
/// </summary>
public static class OpenDataJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}

public static class OpenDataServiceCollectionExtensions
{
    /// <summary>Cache lifetime of the API's answers, the OpenAPI document and the CSV downloads.</summary>
    public const int CacheSeconds = 300;

    /// <summary>The API's queries, the CSV and catalogue services, its JSON, its CORS policy and its OpenAPI document.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>()
            .BindConfiguration(OpenDataOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<OpenDataApi>();
        services.AddScoped<OpenDataCsv>();
        services.AddScoped<OpenDataCatalog>();

        // No other endpoint writes JSON through MVC or minimal APIs, so the API's conventions can be the app's.
        services.Configure<JsonOptions>(o => OpenDataJson.Configure(o.JsonSerializerOptions));
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => OpenDataJson.Configure(o.SerializerOptions));

        // Read-only and public: any origin may GET (and HEAD), never with credentials; only endpoints that ask for
        // the policy (the API and its OpenAPI document) answer CORS at all.
        services.AddCors(cors => cors.AddPolicy(OpenDataApi.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match", "Accept", "Accept-Language")
            .WithExposedHeaders("ETag")));

        services.AddOpenApi(OpenDataApi.DocumentName, openApi =>
        {
            openApi.ShouldInclude = description =>
                description.RelativePath?.StartsWith("api/" + OpenDataApi.DocumentName + "/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer<OpenDataDocumentTransformer>();
            openApi.AddOperationTransformer<OpenDataOperationTransformer>();
        });
        return services;
    }

    /// <summary>The OpenAPI document at /api/v1/openapi.json, under the API's CORS, rate limit, ETag and cache lifetime.</summary>
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/api/{documentName}/openapi.json")
            .WithName(RouteNames.ApiOpenApi)
            .RequireCors(OpenDataApi.CorsPolicy)
            .RequireRateLimiting(RateLimitPolicies.General)
            .WithMetadata(new ETagAttribute(CacheSeconds));
        return endpoints;
    }
}

/// <summary>The document's title, description, licence and contact page, in Vietnamese.</summary>
internal sealed class OpenDataDocumentTransformer(IOptions<OpenDataOptions> options, IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var licence = options.Value;
        document.Info = new OpenApiInfo
        {
            Title = OpenDataText.Api_Title,
            Version = OpenDataApi.DocumentName,
            Description = OpenDataText.Api_Description,
            License = new OpenApiLicense { Name = licence.LicenseName, Url = new Uri(licence.LicenseUrl) },
        };
        if (http.HttpContext is { } request)
        {
            var urls = request.RequestServices.GetRequiredService<PublicUrls>();
            document.Info.Contact = new OpenApiContact { Name = OpenDataText.Page_Title, Url = new Uri(Discovery.SiteOrigin.Of(request) + urls.OpenData()) };
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Each operation's Vietnamese summary (<c>Operation_</c> + its route name in <see cref="OpenDataText"/>), its
/// parameters' and its responses' descriptions.
/// </summary>
internal sealed class OpenDataOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && OpenDataText.ResourceManager.GetString("Operation_" + id.Replace('-', '_'), OpenDataText.Culture) is { } summary)
        {
            operation.Summary = summary;
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Name is { } name && OpenDataText.ResourceManager.GetString("Parameter_" + name, OpenDataText.Culture) is { } description)
            {
                parameter.Description = description;
            }
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (OpenDataText.ResourceManager.GetString("Response_" + status, OpenDataText.Culture) is { } description)
            {
                response.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
