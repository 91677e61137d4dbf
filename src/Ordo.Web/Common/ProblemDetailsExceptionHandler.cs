using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Common;
using Ordo.Domain.Common;

namespace Ordo.Web.Common;

/// <summary>
/// Every failure becomes an RFC 9457 problem detail with a stable <c>code</c> and, for bad input, the
/// fields and their reasons. The status follows the kind of failure, never a blanket 500.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The exception handler middleware clears the endpoint before handlers run; its feature keeps the one that failed.
        var problem = Map(exception, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint());
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails Map(Exception exception, Endpoint? endpoint = null) => exception switch
    {
        DomainValidationException v => Validation(v.Errors, v.Code),
        ForbiddenActionException f => Problem(StatusCodes.Status403Forbidden, "Forbidden", f.Message, f.Code),
        DomainException d => Problem(StatusCodes.Status409Conflict, "The request conflicts with the current state", d.Message, d.Code),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found", n.Message, "not_found"),
        PreconditionFailedException p => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", p.Message, "stale_version"),
        ConcurrencyConflictException c => Problem(StatusCodes.Status409Conflict, "Concurrent update", c.Message, "concurrency"),
        BadHttpRequestException { InnerException: UnknownEnumValueException value } => Validation(
            new Dictionary<string, string[]> { [FieldOf(value.Path)] = [value.Message] }, "malformed_json"),
        BadHttpRequestException { InnerException: JsonException json } => Validation(
            new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["has a value of the wrong type or format"] }, "malformed_json"),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } b => Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", b.Message, "too_large"),
        BadHttpRequestException b => Validation(new Dictionary<string, string[]> { [FieldOfBinding(b.Message)] = [ReasonOfBinding(b.Message, endpoint)] }, "bad_request"),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong on our side; nothing was changed.", "internal"),
    };

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, string code)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}.")),
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>"$.lines[0].quantity" → "lines[0].quantity".</summary>
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    /// <summary>
    /// A query or route value that names no member of its enum (<c>status=Shipped</c>) says which names there are;
    /// any other binding failure keeps the framework's words.
    /// </summary>
    private static string ReasonOfBinding(string message, Endpoint? endpoint)
    {
        var field = FieldOfBinding(message);
        var parameter = endpoint?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters()
            .FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        var type = parameter?.ParameterType is { } t ? Nullable.GetUnderlyingType(t) ?? t.GetElementType() ?? t : null;
        return type is { IsEnum: true } ? Check.OneOf(type) : message;
    }

    /// <summary>
    /// <c>Failed to bind parameter "Nullable&lt;int&gt; page" from "two".</c> → <c>page</c>: the quoted parameter
    /// is its type and name, and clients know only the name.
    /// </summary>
    private static string FieldOfBinding(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start >= 0 ? message.IndexOf('"', start + 1) : -1;
        if (end <= start + 1)
        {
            return "request";
        }

        var parameter = message[(start + 1)..end];
        return parameter[(parameter.LastIndexOf(' ') + 1)..];
    }
}
