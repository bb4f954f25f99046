using Microsoft.AspNetCore.Http.Features;

namespace ThanhMieu.Portal.Hosting;

public static class AdminExtensions
{
    /// <summary>
    /// The admin area's services: audit, accounts, media settings, every content type's service (scoped),
    /// and antiforgery validation on every unsafe request.
    /// </summary>
    public static WebApplicationBuilder AddPortalAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AdminAccounts>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.Configure<MvcOptions>(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

            // The admin forms' words and input rules by convention (FieldText), so a form declares only its fields.
            mvc.ModelMetadataDetailsProviders.Add(new FieldTextMetadataProvider());
            mvc.ModelBinderProviders.Insert(0, new VietnameseInputBinderProvider());
        });

        // Multipart bodies are bounded by the media limit plus room for the form's other fields.
        var media = builder.Configuration.GetSection(MediaOptions.SectionName).Get<MediaOptions>() ?? new();
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = media.LargestUpload + RequestSizeLimitMiddleware.FormAllowance);

        // Every content type's service and every child-row service: the concrete classes of the two edit pipelines.
        foreach (var type in typeof(AdminExtensions).Assembly.GetTypes().Where(t => IsContentAdmin(t) || IsChildRowsAdmin(t)))
        {
            builder.Services.AddScoped(type);
        }

        builder.Services.AddScoped<ArticleRevisions>();
        builder.Services.AddScoped<ComplianceReport>();
        return builder;
    }

    private static bool IsContentAdmin(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IContentAdmin<,,>));

    private static bool IsChildRowsAdmin(Type type) =>
        type is { IsClass: true, IsAbstract: false, BaseType: { IsGenericType: true } baseType }
        && baseType.GetGenericTypeDefinition() == typeof(ChildRowsAdmin<,,,,>);
}
