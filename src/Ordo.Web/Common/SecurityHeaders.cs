using Microsoft.Net.Http.Headers;

namespace Ordo.Web.Common;

/// <summary>
/// The headers every answer carries: a content security policy, no MIME sniffing, no framing by other sites and
/// no full URLs leaking to them. Set when the response starts, so error pages (which clear headers) carry them too.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// The app's pages: Blazor Server needs only its own scripts and a WebSocket to this host ('self' covers ws/wss of
    /// the same host); MudBlazor writes inline styles and style elements. Product pictures come from the marketplaces.
    /// </summary>
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference at /docs (Scalar) starts itself from an inline module script and runs a worker.</summary>
    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string DocsPath = "/docs";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = context.Request.Path.StartsWithSegments(DocsPath) ? DocsPolicy : AppPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
