using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Common;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;
using Ordo.Web.Common;

namespace Ordo.Web.Orders;

/// <summary>Orders: create (shipping), list and search, read, edit, and the review steps of customer care.</summary>
internal static class OrderEndpoints
{
    public sealed record BulkResponse(IReadOnlyList<ReviewOrders.BulkOutcome> Results, int Succeeded, int Failed);

    public static RouteGroupBuilder MapOrderEndpoints(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        orders.MapPost("/", CreateShipping).WithSummary("Create a shipping (consignment) order from tracking numbers")
            .ProducesValidationProblem();
        orders.MapGet("/", Search).WithSummary("Search orders: filters, sort (e.g. -createdAt) and paging")
            .ProducesValidationProblem();
        orders.MapGet("/{idOrCode}", Get).WithSummary("One order by id or code, with lines and timeline (ETag = version)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPut("/{id:guid}", Edit).WithSummary("Edit a Submitted order (honours If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        orders.MapGet("/{id:guid}/history", History).WithSummary("The order's timeline").ProducesProblem(StatusCodes.Status404NotFound);
        MapTransition(orders.MapPost("/{id:guid}/approve", Approve).WithSummary("Approve a Submitted order; optionally assign CS staff"));
        MapTransition(orders.MapPost("/{id:guid}/reject", Reject).WithSummary("Reject a Submitted order with a reason"));
        MapTransition(orders.MapPost("/{id:guid}/assign", Assign).WithSummary("Assign a customer-care staff member"));
        MapTransition(orders.MapPost("/{id:guid}/cancel", Cancel).WithSummary("Cancel an order that is not yet being bought, with a reason; what was paid returns to the wallet"));
        MapTransition(orders.MapPost("/{id:guid}/out-of-stock", OutOfStock).WithSummary("The shop cannot supply the order (buying staff): it closes and what was paid returns to the wallet"));
        orders.MapPost("/approve", ApproveMany).WithSummary("Approve many orders at once; each result says done or why not").ProducesValidationProblem();
        orders.MapPost("/reject", RejectMany).WithSummary("Reject many orders at once with one reason").ProducesValidationProblem();
        return orders;
    }

    private static void MapTransition(RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    internal static async Task<Created<OrderDetailsDto>> CreateShipping(HttpContext context, CreateShippingOrder create, CreateShippingOrder.Command command, CancellationToken ct)
    {
        var order = await create.HandleAsync(context.Actor(), command, ct);
        context.Response.SetETag(order.Version);
        return TypedResults.Created($"/api/orders/{order.Id}", order);
    }

    internal static async Task<Ok<PagedResult<OrderSummaryDto>>> Search(
        HttpContext context, SearchOrders search, string? q, string? code, Guid? customerId, string? customer, string? title,
        string? shop, string? trackingNumber, [FromQuery] OrderStatus[]? status, OrderKind? kind, Guid? csStaffId,
        bool? unassigned, DateTimeOffset? from, DateTimeOffset? to, string? sort, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new SearchOrders.Query(q, code, customerId, customer, title, shop, trackingNumber, status, kind, csStaffId, unassigned, from, to, sort, page, pageSize);
        return TypedResults.Ok(await search.HandleAsync(context.Actor(), query, ct));
    }

    internal static async Task<Ok<OrderDetailsDto>> Get(HttpContext context, GetOrder get, string idOrCode, CancellationToken ct) =>
        WithETag(context, await get.HandleAsync(context.Actor(), idOrCode, ct));

    internal static async Task<Ok<OrderDetailsDto>> Edit(HttpContext context, EditOrder edit, Guid id, EditOrder.Command command, CancellationToken ct) =>
        WithETag(context, await edit.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<IReadOnlyList<OrderHistoryDto>>> History(HttpContext context, GetOrder get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await get.HistoryAsync(context.Actor(), id, ct));

    internal static async Task<Ok<OrderDetailsDto>> Approve(HttpContext context, ReviewOrders review, Guid id, ReviewOrders.ApproveCommand? command, CancellationToken ct) =>
        WithETag(context, await review.ApproveAsync(context.Actor(), id, command ?? new ReviewOrders.ApproveCommand(null, null), context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> Reject(HttpContext context, ReviewOrders review, Guid id, ReviewOrders.RejectCommand command, CancellationToken ct) =>
        WithETag(context, await review.RejectAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> Assign(HttpContext context, AssignOrder assign, Guid id, AssignOrder.Command command, CancellationToken ct) =>
        WithETag(context, await assign.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> Cancel(HttpContext context, CloseOrder close, Guid id, CloseOrder.Command command, CancellationToken ct) =>
        WithETag(context, await close.CancelAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> OutOfStock(HttpContext context, CloseOrder close, Guid id, CloseOrder.Command command, CancellationToken ct) =>
        WithETag(context, await close.MarkOutOfStockAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<BulkResponse>> ApproveMany(HttpContext context, ReviewOrders review, ReviewOrders.BulkApproveCommand command, CancellationToken ct) =>
        Bulk(await review.ApproveManyAsync(context.Actor(), command, ct));

    internal static async Task<Ok<BulkResponse>> RejectMany(HttpContext context, ReviewOrders review, ReviewOrders.BulkRejectCommand command, CancellationToken ct) =>
        Bulk(await review.RejectManyAsync(context.Actor(), command, ct));

    private static Ok<BulkResponse> Bulk(IReadOnlyList<ReviewOrders.BulkOutcome> results) =>
        TypedResults.Ok(new BulkResponse(results, results.Count(r => r.Succeeded), results.Count(r => !r.Succeeded)));

    private static Ok<OrderDetailsDto> WithETag(HttpContext context, OrderDetailsDto order)
    {
        context.Response.SetETag(order.Version);
        return TypedResults.Ok(order);
    }
}
