using System.Net;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Web.Orders;

namespace Ordo.Api.Tests.Cart;

/// <summary>The cart as a customer uses it. <c>Try…</c> methods return the raw response for tests of refusals.</summary>
internal static class CartApi
{
    public const string Lines = "/api/cart/lines";

    public static Task<HttpResponseMessage> TryAddToCartAsync(this ApiUser customer, object line) => customer.PostAsync(Lines, line);

    public static async Task<CartLineDto> AddToCartAsync(this ApiUser customer, CartLineRequest line) =>
        await (await customer.TryAddToCartAsync(line)).ReadAsync<CartLineDto>(HttpStatusCode.Created);

    public static Task<IReadOnlyList<CartLineDto>> CartAsync(this ApiUser customer) =>
        customer.GetAsync<IReadOnlyList<CartLineDto>>(Lines);

    public static Task<HttpResponseMessage> TryUpdateCartLineAsync(this ApiUser customer, Guid lineId, object line, string? ifMatch = null) =>
        customer.PutAsync($"{Lines}/{lineId}", line, ifMatch);

    public static async Task<CartLineDto> UpdateCartLineAsync(this ApiUser customer, Guid lineId, CartLineRequest line) =>
        await (await customer.TryUpdateCartLineAsync(lineId, line)).ReadAsync<CartLineDto>();

    public static Task<HttpResponseMessage> TrySubmitCartAsync(this ApiUser customer, object? command = null, string? idempotencyKey = null) =>
        customer.PostAsync("/api/cart/submit", command, idempotencyKey);

    public static async Task<IReadOnlyList<OrderSummaryDto>> SubmitCartAsync(this ApiUser customer) =>
        (await (await customer.TrySubmitCartAsync()).ReadAsync<CartEndpoints.SubmitResponse>()).Orders;

    /// <summary>Puts the lines (all of one shop) in the cart and submits it: one new purchase order.</summary>
    public static async Task<OrderSummaryDto> PlacePurchaseOrderAsync(this ApiUser customer, params CartLineRequest[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines.DefaultIfEmpty(CartLineRequest.From(Shop.Uniqlo)))
        {
            await customer.AddToCartAsync(line);
        }

        return Assert.Single(await customer.SubmitCartAsync());
    }
}
