using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Web.Common;

namespace Ordo.Web.Outbox;

/// <summary>The outbox as the administrator sees it: undelivered domain events, and a retry for a parked one.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutboxEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/admin/outbox").WithTags("Outbox").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", List).WithName("ListOutboxMessages")
            .WithSummary("Undelivered domain events, oldest first (admin)")
            .WithDescription("Messages still being retried (state=Pending) or parked after too many failures (state=Parked), with their attempts, last error and next attempt. Without state, both.")
            .ProducesValidationProblem();
        api.MapPost("/{id:guid}/retry", Retry).WithName("RetryOutboxMessage")
            .WithSummary("Deliver an undelivered event again now, with a fresh count of attempts (admin)")
            .WithDescription("Handlers that already handled the event are not called again. A delivered message answers 409 outbox.already_delivered.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<Ok<PagedResult<OutboxMessageDto>>> List(
        HttpContext context, OutboxAdministration outbox, OutboxMessageState? state, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await outbox.ListAsync(context.Actor(), state, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<OutboxMessageDto>> Retry(HttpContext context, OutboxAdministration outbox, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await outbox.RetryAsync(context.Actor(), id, ct));
}
