using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.StaticAssets;

namespace Ordo.Web.Common;

/// <summary>
/// A file the static-asset manifest lists but the disk lacks (a broken deployment, a half-copied folder) answers
/// 404 with no body, as any other missing file does, instead of the asset handler's exception becoming a 500.
/// </summary>
internal sealed class MissingStaticAssets(RequestDelegate next, IWebHostEnvironment environment, ILogger<MissingStaticAssets> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not { } asset
            || environment.WebRootFileProvider.GetFileInfo(asset.AssetPath).Exists)
        {
            return next(context);
        }

        logger.LogWarning("Static asset {Route} is listed in the manifest but {AssetPath} is missing from the web root", asset.Route, asset.AssetPath);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        return Task.CompletedTask;
    }
}
