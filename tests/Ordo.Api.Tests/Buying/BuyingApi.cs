using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Application.Identity;
using Ordo.Application.Orders;
using Ordo.Domain.Identity;

namespace Ordo.Api.Tests.Buying;

/// <summary>The buying endpoints as a client calls them.</summary>
public static class BuyingApi
{
    public static Task<HttpResponseMessage> TryAssignBuyerAsync(this ApiUser manager, Guid orderId, Guid? buyerId, string? ifMatch = null) =>
        manager.PostAsync($"/api/orders/{orderId}/assign-buyer", new AssignBuyers.Command(buyerId), ifMatch: ifMatch);

    public static async Task<OrderDetailsDto> AssignBuyerAsync(this ApiUser manager, Guid orderId, Guid buyerId) =>
        await (await manager.TryAssignBuyerAsync(orderId, buyerId)).ReadAsync<OrderDetailsDto>();

    public static Task<HttpResponseMessage> TryClaimAsync(this ApiUser buyer, Guid orderId) => buyer.PostAsync($"/api/orders/{orderId}/claim");

    public static Task<HttpResponseMessage> TryPurchaseAsync(this ApiUser buyer, Guid orderId, PurchaseOrder.Command command, string? ifMatch = null, string? idempotencyKey = null) =>
        buyer.PostAsync($"/api/orders/{orderId}/purchase", command, idempotencyKey: idempotencyKey, ifMatch: ifMatch);

    public static Task<HttpResponseMessage> TryAddTrackingNumberAsync(this ApiUser user, Guid orderId, string? number) =>
        user.PostAsync($"/api/orders/{orderId}/tracking-numbers", new TrackingNumberEntry.Command(number));

    public static Task<HttpResponseMessage> TryRemoveTrackingNumberAsync(this ApiUser user, Guid orderId, string number) =>
        user.DeleteAsync($"/api/orders/{orderId}/tracking-numbers/{Uri.EscapeDataString(number)}");

    public static Task<OrderCosts.CostsDto> CostsAsync(this ApiUser user, Guid orderId) => user.GetAsync<OrderCosts.CostsDto>($"/api/orders/{orderId}/costs");

    /// <summary>Every line bought as the cart had it, with <paramref name="accountId"/>.</summary>
    public static PurchaseOrder.Command AsInCart(this OrderDetailsDto order, Guid? accountId, string shopOrderNumber = "3342198765") => new(
        [shopOrderNumber], accountId, [.. order.Lines.Select(l => new PurchaseOrder.Line(l.Id, l.CartUnitPriceCny, l.OrderedQuantity))], 0m, 0m, null);

    /// <summary>The buyer's own active account on <paramref name="marketplace"/> (the demo buyer has a Taobao and a 1688 one).</summary>
    public static async Task<Guid> AccountOnAsync(this ApiUser buyer, Domain.Orders.Marketplace marketplace) =>
        (await buyer.AccountsAsync()).First(a => a.IsActive && a.Marketplace == marketplace).Id;

    /// <summary>A purchase order of <paramref name="lines"/>, approved, its deposit paid from a wallet topped up with <paramref name="walletVnd"/>.</summary>
    public static async Task<Guid> DepositedOrderAsync(this ApiUser customer, ApiUser csManager, ApiUser accountant, decimal walletVnd, params CartLineRequest[] lines)
    {
        var order = await customer.PlacePurchaseOrderAsync(lines);
        await Orders.OrderApi.ApproveAsync(csManager, order.Id);
        await customer.TopUpAsync(accountant, walletVnd);
        await customer.PayDepositAsync(order.Id);
        return order.Id;
    }

    /// <summary>A new member of the ordering staff, signed in: their open orders are theirs alone.</summary>
    public static async Task<ApiUser> NewBuyerAsync(this OrdoApp app, ApiUser admin)
    {
        var email = $"buyer-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsync("/api/staff", new StaffAdministration.CreateCommand(
            email, "Mai Văn Mua", "0912 345 680", ApiTest.Password, [Roles.OrderingStaff], Department.Ordering));
        await created.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        var buyer = await app.SignInAsync(email, ApiTest.Password);
        await admin.CreateAccountAsync(BuyingAccountApi.Command(BuyingAccountApi.UniqueLogin(), buyer.Id));
        return buyer;
    }
}
