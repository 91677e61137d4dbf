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
        orders.MapPost("/", CreateShipping).WithName("CreateShippingOrder").WithDescription("Customers only. Asks the agent to ship parcels the customer bought themselves, by their tracking numbers and items.").WithSummary("Create a shipping (consignment) order from tracking numbers")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapGet("/", Search).WithName("SearchOrders").WithDescription("Customers see their own orders, staff every order. Filters (text, code, customer, title, shop, tracking number, status, kind, CS staff, buyer, dates), sort (createdAt, updatedAt, code, status, customer, depositedAt; - for descending) and paging.").WithSummary("Search orders: filters, sort (e.g. -createdAt) and paging")
            .ProducesValidationProblem();
        orders.MapGet("/{id}", Get).WithName("GetOrder").WithDescription("The order's customer or staff. One order by id or code (PO-2026-000031) with its lines, items and timeline; another customer's order is a 404. The ETag is its version.").WithSummary("One order by id or code, with lines and timeline (ETag = version)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPut("/{id:guid}", Edit).WithName("EditOrder").WithDescription("The order's customer or customer care, while the order is Submitted. Replaces its note, options and lines; honours If-Match (412 when stale).").WithSummary("Edit a Submitted order (honours If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        orders.MapGet("/{id:guid}/history", History).WithName("GetOrderHistory").WithDescription("The order's customer or staff. The order's timeline, oldest first.").WithSummary("The order's timeline").ProducesProblem(StatusCodes.Status404NotFound);
        MapTransition(orders.MapPost("/{id:guid}/approve", Approve).WithName("ApproveOrder").WithDescription("Customer-care manager. Approves a Submitted order, optionally assigning CS staff; honours If-Match.").WithSummary("Approve a Submitted order; optionally assign CS staff"));
        MapTransition(orders.MapPost("/{id:guid}/reject", Reject).WithName("RejectOrder").WithDescription("Customer-care manager. Rejects a Submitted order with a reason the customer sees; honours If-Match.").WithSummary("Reject a Submitted order with a reason"));
        MapTransition(orders.MapPost("/{id:guid}/assign", Assign).WithName("AssignOrder").WithDescription("Customer-care manager. Assigns (or re-assigns) the customer-care staff member responsible for the order; honours If-Match.").WithSummary("Assign a customer-care staff member"));
        MapTransition(orders.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelOrder").WithDescription("The order's customer, customer care, the order manager or an admin, before buying starts. Cancels with a reason; what was paid returns to the wallet in the same transaction.").WithSummary("Cancel an order that is not yet being bought, with a reason; what was paid returns to the wallet"));
        MapTransition(orders.MapPost("/{id:guid}/out-of-stock", OutOfStock).WithName("MarkOrderOutOfStock").WithDescription("Buying staff and the CS manager. The shop cannot supply: the order closes as out of stock and what was paid returns to the wallet.").WithSummary("The shop cannot supply the order (buying staff): it closes and what was paid returns to the wallet"));
        MapTransition(orders.MapPost("/{id:guid}/shipping-items", AddParcel).WithName("AddShippingItem").WithDescription("The customer of a shipping order or customer care, until the parcels reach the warehouse. Declares one more parcel: its tracking number (unique per marketplace across orders; 409 order.tracking_number_taken names the order that has it to staff), contents, quantity, declared value and, if known, declared weight (the China scan warns when the box differs). Honours If-Match.").WithSummary("Declare one more parcel of a shipping order"));
        MapTransition(orders.MapDelete("/{id:guid}/shipping-items/{itemId:guid}", RemoveParcel).WithName("RemoveShippingItem").WithDescription("The customer of a shipping order or customer care, until the parcels reach the warehouse. Takes back a parcel declared by mistake; the order keeps at least one (409 order.last_parcel). Its tracking number is free again. Honours If-Match.").WithSummary("Take back a parcel declared by mistake"));
        orders.MapPost("/approve", ApproveMany).WithName("ApproveOrders").WithDescription("Customer-care manager. Approves many orders at once; each result says whether it was done and, if not, why.").WithSummary("Approve many orders at once; each result says done or why not").ProducesValidationProblem();
        orders.MapPost("/reject", RejectMany).WithName("RejectOrders").WithDescription("Customer-care manager. Rejects many orders at once with one reason; each result says whether it was done and, if not, why.").WithSummary("Reject many orders at once with one reason").ProducesValidationProblem();
        return orders;
    }

    /// <summary>What a change of one order may answer besides 200: bad input, not found, a refused step, a stale If-Match.</summary>
    internal static void MapTransition(RouteHandlerBuilder endpoint) => endpoint
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
        bool? unassigned, DateTimeOffset? from, DateTimeOffset? to, string? sort, int? page, int? pageSize, Guid? buyerId, CancellationToken ct)
    {
        var query = new SearchOrders.Query(q, code, customerId, customer, title, shop, trackingNumber, status, kind, csStaffId, unassigned, from, to, sort, page, pageSize, buyerId);
        return TypedResults.Ok(await search.HandleAsync(context.Actor(), query, ct));
    }

    // The route parameter is "id" like every other order route (so the document has one path /api/orders/{id}), yet it
    // takes a code as well.
    internal static async Task<Ok<OrderDetailsDto>> Get(HttpContext context, GetOrder get, [FromRoute(Name = "id")] string idOrCode, CancellationToken ct) =>
        WithETag(context, await get.HandleAsync(context.Actor(), idOrCode, ct));

    internal static async Task<Ok<OrderDetailsDto>> Edit(HttpContext context, EditOrder edit, Guid id, EditOrder.Command command, CancellationToken ct) =>
        WithETag(context, await edit.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> AddParcel(HttpContext context, ShippingParcels parcels, Guid id, CreateShippingOrder.Item item, CancellationToken ct) =>
        WithETag(context, await parcels.AddAsync(context.Actor(), id, item, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> RemoveParcel(HttpContext context, ShippingParcels parcels, Guid id, Guid itemId, CancellationToken ct) =>
        WithETag(context, await parcels.RemoveAsync(context.Actor(), id, itemId, context.Request.IfMatchVersion(), ct));

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

    /// <summary>The order, with its version as the ETag a later If-Match sends back.</summary>
    internal static Ok<OrderDetailsDto> WithETag(HttpContext context, OrderDetailsDto order)
    {
        context.Response.SetETag(order.Version);
        return TypedResults.Ok(order);
    }
}
