using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Identity;

namespace Ordo.Web.Common;

/// <summary>
/// A write sent again with the same <c>Idempotency-Key</c> gets the first answer again instead of being
/// done twice. The key is reserved before the work starts, so two copies racing each other cannot both
/// run; the same key with a different request is refused. Server errors free the key for a retry.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    /// <summary>
    /// The owner of keys sent without a sign-in (registration). Anonymous callers share one key space: with a
    /// NULL owner the unique (owner, key) index would never see the replay, and the request would run again.
    /// </summary>
    private static readonly Guid AnonymousCaller = Guid.Empty;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(HeaderName, out var values) || !IsWrite(request.Method) || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "idempotency_key_invalid", $"The {HeaderName} header must be 1 to {MaxKeyLength} characters.");
            return;
        }

        var userId = ActorFactory.FromPrincipal(context.User)?.UserId ?? AnonymousCaller;
        var hash = await HashAsync(request);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var record = new IdempotencyRecord
        {
            Key = key, UserId = userId, Method = request.Method, Path = request.Path + request.QueryString,
            RequestHash = hash, CreatedAt = clock.GetUtcNow(),
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await ReplayAsync(context, db, userId, key, hash);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            db.IdempotencyRecords.Remove(record);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        if (context.Response.StatusCode >= 500)
        {
            db.IdempotencyRecords.Remove(record);
        }
        else
        {
            record.StatusCode = context.Response.StatusCode;
            record.ContentType = context.Response.ContentType;
            record.Body = buffer.ToArray();
            record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            record.ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, OrdoDbContext db, Guid userId, string key, string hash)
    {
        var first = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        if (first is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency_in_progress", "A request with this Idempotency-Key is being processed; retry in a moment.");
        }
        else if (first.RequestHash != hash)
        {
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused", "This Idempotency-Key was already used for a different request.");
        }
        else if (first.StatusCode == 0)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency_in_progress", "A request with this Idempotency-Key is being processed; retry in a moment.");
        }
        else
        {
            context.Response.StatusCode = first.StatusCode;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            if (first.ContentType is not null)
            {
                context.Response.ContentType = first.ContentType;
            }

            if (first.Location is not null)
            {
                context.Response.Headers.Location = first.Location;
            }

            if (first.ETag is not null)
            {
                context.Response.Headers[HeaderNames.ETag] = first.ETag;
            }

            if (first.Body is { Length: > 0 } body)
            {
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            }
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = "Idempotency-Key", Detail = detail };
        problem.Extensions["code"] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
