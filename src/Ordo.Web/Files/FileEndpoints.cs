using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Files;
using Ordo.Domain.Common;
using Ordo.Domain.Files;
using Ordo.Web.Common;

namespace Ordo.Web.Files;

/// <summary>The photos Ordo keeps (claims, checks), read back by whoever may see their record.</summary>
internal static class FileEndpoints
{
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/files/{id:guid}", Get).WithName("GetFile").WithTags("Files").RequireAuthorization()
            .WithDescription("Staff, or the customer whose record (a claim, a check of their order) the file belongs to. The file's bytes with their type; anyone else is told it does not exist (404).")
            .WithSummary("A kept file (a photo)")
            .Produces<Stream>(StatusCodes.Status200OK, ImageFiles.Jpeg, ImageFiles.Png, ImageFiles.WebP)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    internal static async Task<FileContentHttpResult> Get(HttpContext context, StoredFiles files, Guid id, CancellationToken ct)
    {
        var file = await files.OpenAsync(context.Actor(), id, ct);
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The request's multipart form; a body that is not one is told as the field it should have carried.</summary>
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            throw new DomainValidationException("body", "must be multipart/form-data");
        }

        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            throw new DomainValidationException("body", $"is not a readable multipart form ({e.Message})");
        }
    }

    /// <summary>
    /// Reads a photo sent as a multipart field: required or not, told before its bytes are read when it is larger than
    /// an image may be. What it is (JPEG, PNG, WebP) is decided by its bytes when it is kept.
    /// </summary>
    public static async Task<FileUpload?> ReadPhotoAsync(IFormFile? file, string field, bool required, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return required ? throw new DomainValidationException(field, $"is required (multipart field '{field}')") : null;
        }

        if (file.Length > ImageFiles.MaxBytes)
        {
            throw new DomainValidationException(field, $"must be at most {ImageFiles.MaxBytes / 1024 / 1024} MB");
        }

        await using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, ct);
        return new FileUpload(file.FileName, stream.ToArray());
    }
}
