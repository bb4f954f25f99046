using System.IO.Pipelines;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// Marks an endpoint (an action, a controller or a mapped endpoint) whose GET and HEAD answers get a strong ETag, the
/// hash of the body, and a 304 with no body when <c>If-None-Match</c> names it (<see cref="ETagMiddleware"/>). With a
/// <see cref="MaxAgeSeconds"/> above zero the answer may also be cached by anyone for that long
/// (<c>Cache-Control: public, max-age=N</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ETagAttribute(int maxAgeSeconds = 0) : Attribute
{
    public int MaxAgeSeconds { get; } = maxAgeSeconds;
}

/// <summary>
/// Strong ETags for the endpoints marked <see cref="ETagAttribute"/>: the answer is buffered, its ETag is the SHA-256 of
/// the body (with the content coding the compression middleware will apply, so a gzip and a Brotli body never share a
/// tag), and a matching <c>If-None-Match</c> gets 304 with the headers and no body. Only 200 answers are tagged; others
/// pass through untouched. Runs after routing (it reads the endpoint) and inside response compression.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next, IResponseCompressionProvider? compression = null)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<ETagAttribute>();
        var request = context.Request;
        var isHead = HttpMethods.IsHead(request.Method);
        if (marker is null || !(isHead || HttpMethods.IsGet(request.Method)))
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var buffer = new MemoryStream();
        var buffering = new BufferingBodyFeature(buffer);
        context.Features.Set<IHttpResponseBodyFeature>(buffering);

        // HEAD runs as GET so the body is there to hash (the HEAD convention would otherwise drop it first); it is
        // dropped here instead.
        if (isHead)
        {
            request.Method = HttpMethods.Get;
        }

        try
        {
            await next(context);
            await buffering.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
            if (isHead)
            {
                request.Method = HttpMethods.Head;
            }
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = Tag(context, buffer);
            response.Headers.ETag = tag;
            if (marker.MaxAgeSeconds > 0)
            {
                response.Headers.CacheControl = "public, max-age=" + marker.MaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
            }

            if (Matches(request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        if (!isHead && buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original.Stream, context.RequestAborted);
        }
    }

    /// <summary>The quoted, URL-safe Base64 SHA-256 of the body, suffixed with the content coding it will be sent in.</summary>
    private string Tag(HttpContext context, MemoryStream buffer)
    {
        var hash = Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var coding = compression is not null && compression.CheckRequestAcceptsCompression(context) && compression.ShouldCompressResponse(context)
            ? compression.GetCompressionProvider(context)?.EncodingName
            : null;
        return coding is null ? $"\"{hash}\"" : $"\"{hash}-{coding}\"";
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): <c>*</c>, or any listed tag with the same opaque value.</summary>
    private static bool Matches(HttpRequest request, string tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    /// <summary>A response body held in memory until the tag is known; the response starts only afterwards.</summary>
    private sealed class BufferingBodyFeature(MemoryStream buffer) : IHttpResponseBodyFeature
    {
        private PipeWriter? _writer;

        public Stream Stream => buffer;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(buffer, new StreamPipeWriterOptions(leaveOpen: true));

        public void DisableBuffering()
        {
        }

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(buffer, path, offset, count, cancellationToken);

        public async Task CompleteAsync()
        {
            if (_writer is not null)
            {
                await _writer.CompleteAsync();
            }
        }
    }
}

/// <summary>
/// Gives every public page an <see cref="ETagAttribute"/>: each action of the portal's own controllers outside an area,
/// except the media files (served with their own immutable caching) and the error pages. An action or controller
/// that carries its own attribute (a <c>max-age</c>) keeps it. The output cache stores only answers so marked.
/// </summary>
public sealed class PublicPagesETagConvention : Microsoft.AspNetCore.Mvc.ApplicationModels.IControllerModelConvention
{
    private static readonly Type[] Excluded = [typeof(Controllers.MediaController), typeof(Controllers.ErrorController)];

    public void Apply(Microsoft.AspNetCore.Mvc.ApplicationModels.ControllerModel controller)
    {
        if (controller.RouteValues.ContainsKey("area") || controller.ControllerType.Assembly != typeof(ETagAttribute).Assembly
            || Excluded.Contains(controller.ControllerType.AsType()) || controller.Attributes.OfType<ETagAttribute>().Any())
        {
            return;
        }

        foreach (var action in controller.Actions.Where(a => !a.Attributes.OfType<ETagAttribute>().Any()))
        {
            foreach (var selector in action.Selectors)
            {
                selector.EndpointMetadata.Add(new ETagAttribute());
            }
        }
    }
}
