using Microsoft.Extensions.FileProviders;

// The physical floor for bench/ScaleBench: static files from --root, no logging, no other middleware.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(app.Configuration["root"]!)) });
await app.RunAsync();
