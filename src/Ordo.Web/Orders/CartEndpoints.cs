using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Orders;
using Ordo.Web.Common;

namespace Ordo.Web.Orders;

/// <summary>The customer's cart and its submission into orders.</summary>
internal static class CartEndpoints
{
    public sealed record SubmitResponse(IReadOnlyList<OrderSummaryDto> Orders);

    public static RouteGroupBuilder MapCartEndpoints(this IEndpointRouteBuilder routes)
    {
        var cart = routes.MapGroup("/api/cart").WithTags("Cart").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        cart.MapGet("/lines", List).WithName("ListCartLines").WithDescription("Customers only. The signed-in customer's cart lines that have not expired, each with its version.").WithSummary("The cart's lines that have not expired");
        cart.MapPost("/lines", Add).WithName("AddCartLine").WithDescription("Customers only. Adds a product (URL, marketplace, shop, title, properties, unit price in CNY, quantity) to the cart; the ETag is the line's version.").WithSummary("Add a product to the cart").ProducesValidationProblem();
        cart.MapPut("/lines/{id:guid}", Update).WithName("UpdateCartLine").WithDescription("Customers only, their own lines. Replaces a cart line; a stale If-Match is a 412 and changes nothing.").WithSummary("Change a cart line (honours If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        cart.MapDelete("/lines/{id:guid}", Remove).WithName("RemoveCartLine").WithDescription("Customers only, their own lines. Removes a line from the cart.").WithSummary("Remove a cart line").ProducesProblem(StatusCodes.Status404NotFound);
        cart.MapPost("/submit", Submit).WithName("SubmitCart").WithDescription("Customers only. Submits the cart, or the chosen lines, as one purchase order per shop; with Idempotency-Key a retry answers the same orders.").WithSummary("Submit the cart (or some lines): one purchase order per shop")
            .ProducesValidationProblem();
        return cart;
    }

    internal static async Task<Ok<IReadOnlyList<CartLineDto>>> List(HttpContext context, CartOperations cart, CancellationToken ct) =>
        TypedResults.Ok(await cart.ListAsync(context.Actor(), ct));

    internal static async Task<Created<CartLineDto>> Add(HttpContext context, CartOperations cart, CartLineInput line, CancellationToken ct)
    {
        var added = await cart.AddAsync(context.Actor(), line, ct);
        context.Response.SetETag(added.Version);
        return TypedResults.Created($"/api/cart/lines/{added.Id}", added);
    }

    internal static async Task<Ok<CartLineDto>> Update(HttpContext context, CartOperations cart, Guid id, CartLineInput line, CancellationToken ct)
    {
        var updated = await cart.UpdateAsync(context.Actor(), id, line, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(updated.Version);
        return TypedResults.Ok(updated);
    }

    internal static async Task<NoContent> Remove(HttpContext context, CartOperations cart, Guid id, CancellationToken ct)
    {
        await cart.RemoveAsync(context.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<SubmitResponse>> Submit(HttpContext context, SubmitCart submit, SubmitCart.Command? command, CancellationToken ct) =>
        TypedResults.Ok(new SubmitResponse(await submit.HandleAsync(context.Actor(), command ?? new SubmitCart.Command(null, null, null), ct)));
}
