using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Buying;
using Ordo.Application.Common;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Web.Common;
using Ordo.Web.Orders;

namespace Ordo.Web.Buying;

/// <summary>The buying step: who buys a deposited order, the shop order with its real prices and shortages, the shops' tracking numbers, what it cost, the orders past a deadline.</summary>
internal static class BuyingEndpoints
{
    public static void MapBuyingEndpoints(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup("/api/orders").WithTags("Buying").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Change(orders.MapPost("/{id:guid}/assign-buyer", Assign).WithName("AssignBuyer")
            .WithDescription("Order manager. Puts ordering staff in charge of a deposited order (it moves to Ordering) or hands an order being bought to another buyer; honours If-Match.")
            .WithSummary("Assign ordering staff to a deposited order (order manager)"));
        orders.MapPost("/assign-buyer", AssignMany).WithName("AssignBuyerToOrders")
            .WithDescription("Order manager. Assigns one buyer to many deposited orders at once; each result says whether it was done and, if not, why.")
            .WithSummary("Assign one buyer to many orders at once").ProducesValidationProblem();
        Change(orders.MapPost("/{id:guid}/claim", Claim).WithName("ClaimOrder")
            .WithDescription("Ordering staff. Takes a deposited order for oneself (it moves to Ordering), up to Ordo:Buying:MaxOpenClaims orders in Ordering at once (409 order.claim_limit beyond); honours If-Match.")
            .WithSummary("Claim a deposited order for oneself (ordering staff)"));
        Change(orders.MapPost("/{id:guid}/purchase", Purchase).WithName("PurchaseOrder")
            .WithDescription("The order's buyer or the order manager. Records the shop order: shop order number(s), the buying account, per line the shop's real unit price and the quantity it supplied, China shipping, the bargaining discount and a note. The order moves to Ordered and is priced on what was bought; what the customer paid beyond the new total returns to the wallet; what the agent paid is booked in CNY. Honours If-Match and Idempotency-Key.")
            .WithSummary("Record the shop order: real prices, shortages, China shipping (buyer)"));
        Change(orders.MapPost("/{id:guid}/tracking-numbers", AddTracking).WithName("AddTrackingNumber")
            .WithDescription("The order's buyer or the order manager. Enters a tracking number the shop gave, unique per marketplace (409 order.tracking_number_taken names the order that has it); the first moves the order to ShopShipped. Honours If-Match.")
            .WithSummary("Enter a shop's tracking number (the first moves the order to ShopShipped)"));
        Change(orders.MapDelete("/{id:guid}/tracking-numbers/{number}", RemoveTracking).WithName("RemoveTrackingNumber")
            .WithDescription("The order's buyer or the order manager, before the parcel reaches the warehouse. Takes back a tracking number entered by mistake; with none left the order is Ordered again. Honours If-Match.")
            .WithSummary("Take back a tracking number entered by mistake"));
        orders.MapPost("/{id:guid}/shop-order-numbers", RequestChange).WithName("RequestShopOrderNumberChange")
            .WithDescription("The order's buyer or the order manager. Asks to change the shop order numbers recorded at the purchase, with a reason; the order manager decides. One request waits per order (409 order.shop_order_number_change_pending). Honours If-Match.")
            .WithSummary("Ask to change the shop order numbers (the order manager decides)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        var changes = routes.MapGroup("/api/shop-order-number-changes").WithTags("Buying").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        changes.MapGet("/", ListChanges).WithName("ListShopOrderNumberChanges")
            .WithDescription("Order manager, ordering staff and admins. Requests to change shop order numbers, newest first: status=Pending is the order manager's queue; orderId one order's.")
            .WithSummary("Requests to change shop order numbers").ProducesValidationProblem();
        changes.MapPost("/{id:guid}/approve", ApproveChange).WithName("ApproveShopOrderNumberChange")
            .WithDescription("Order manager. Approves a request: the purchase takes the new numbers; the timeline says so.")
            .WithSummary("Approve a change of shop order numbers (order manager)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        changes.MapPost("/{id:guid}/refuse", RefuseChange).WithName("RefuseShopOrderNumberChange")
            .WithDescription("Order manager. Refuses a request with a reason; the numbers stay.")
            .WithSummary("Refuse a change of shop order numbers (order manager)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapGet("/{id:guid}/costs", Costs).WithName("GetOrderCosts")
            .WithDescription("Order manager, ordering staff, accountants and admins. What the order cost the agent: shop payments in CNY and in VND at the rate paid, China shipping, the bargaining saving, and what the shop's higher prices added for the customer.")
            .WithSummary("What the order cost the agent (buying department, accountants)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // A literal segment, so routing prefers it to GetOrder's /api/orders/{id} (which takes a code as well).
        orders.MapGet("/late", Late).WithName("ListLateOrders")
            .WithDescription("Order manager, ordering staff and admins. The open delays, most overdue first: orders not bought within Ordo:Buying:BuyingDeadlineHours of the deposit (reason=buying) or without a tracking number Ordo:Buying:TrackingDeadlineDays after the shop order (reason=tracking), with the reason their buyer gave. reason is buying or tracking (any letter case); without it, both.")
            .WithSummary("Orders past a buying deadline, most overdue first (buying department)")
            .ProducesValidationProblem();
        Change(orders.MapPost("/{id:guid}/late-reason", GiveLateReason).WithName("GiveLateReason")
            .WithDescription("The order's buyer, the order manager or an admin, while the order is late (409 order.not_late otherwise). Says why: code ShopNotResponding, PriceChanged, WaitingForCustomer or Other (text required, at most 500 characters); it goes on the order's timeline. Honours If-Match.")
            .WithSummary("Say why a late order is late (its buyer)"));
    }

    private static void Change(RouteHandlerBuilder endpoint) => OrderEndpoints.MapTransition(endpoint);

    internal static async Task<Ok<OrderDetailsDto>> Assign(HttpContext context, AssignBuyers assign, Guid id, AssignBuyers.Command command, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await assign.AssignAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderEndpoints.BulkResponse>> AssignMany(HttpContext context, AssignBuyers assign, AssignBuyers.BulkCommand command, CancellationToken ct)
    {
        var results = await assign.AssignManyAsync(context.Actor(), command, ct);
        return TypedResults.Ok(new OrderEndpoints.BulkResponse(results, results.Count(r => r.Succeeded), results.Count(r => !r.Succeeded)));
    }

    internal static async Task<Ok<OrderDetailsDto>> Claim(HttpContext context, AssignBuyers assign, Guid id, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await assign.ClaimAsync(context.Actor(), id, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> Purchase(HttpContext context, PurchaseOrder purchase, Guid id, PurchaseOrder.Command command, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await purchase.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> AddTracking(HttpContext context, TrackingNumberEntry entry, Guid id, TrackingNumberEntry.Command command, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await entry.AddAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<OrderDetailsDto>> RemoveTracking(HttpContext context, TrackingNumberEntry entry, Guid id, string number, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await entry.RemoveAsync(context.Actor(), id, number, context.Request.IfMatchVersion(), ct));

    internal static async Task<Created<ShopOrderNumberChanges.ChangeDto>> RequestChange(
        HttpContext context, ShopOrderNumberChanges changes, Guid id, ShopOrderNumberChanges.RequestCommand command, CancellationToken ct)
    {
        var change = await changes.RequestAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        return TypedResults.Created($"/api/shop-order-number-changes?orderId={id}", change);
    }

    internal static async Task<Ok<IReadOnlyList<ShopOrderNumberChanges.ChangeDto>>> ListChanges(
        HttpContext context, ShopOrderNumberChanges changes, Domain.Buying.ChangeStatus? status, Guid? orderId, CancellationToken ct) =>
        TypedResults.Ok(await changes.ListAsync(context.Actor(), status, orderId, ct));

    internal static async Task<Ok<ShopOrderNumberChanges.ChangeDto>> ApproveChange(HttpContext context, ShopOrderNumberChanges changes, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await changes.ApproveAsync(context.Actor(), id, ct));

    internal static async Task<Ok<ShopOrderNumberChanges.ChangeDto>> RefuseChange(
        HttpContext context, ShopOrderNumberChanges changes, Guid id, ShopOrderNumberChanges.RefuseCommand command, CancellationToken ct) =>
        TypedResults.Ok(await changes.RefuseAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<OrderCosts.CostsDto>> Costs(HttpContext context, OrderCosts costs, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await costs.GetAsync(context.Actor(), id, ct));

    // The filter is read by name in any letter case (reason=buying), which the framework's enum binding does not do.
    internal static async Task<Ok<PagedResult<LateOrders.Row>>> Late(
        HttpContext context, LateOrders late, string? reason, int? page, int? pageSize, CancellationToken ct)
    {
        LateKind? kind = string.IsNullOrWhiteSpace(reason) ? null
            : EnumJsonConverter.Parse<LateKind>(reason) ?? throw new DomainValidationException("reason", Check.OneOf<LateKind>());
        return TypedResults.Ok(await late.ListAsync(context.Actor(), kind, page ?? 1, pageSize ?? 50, ct));
    }

    internal static async Task<Ok<OrderDetailsDto>> GiveLateReason(HttpContext context, LateOrders late, Guid id, LateOrders.Command command, CancellationToken ct) =>
        OrderEndpoints.WithETag(context, await late.GiveReasonAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

}
