using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

/// <summary>Recorded shop order numbers change only with the order manager's approval, all on the order's timeline.</summary>
public abstract class ShopOrderNumberChangeTests(OrdoApp app) : ApiTest(app)
{
    private Task<ApiUser> OrderManagerAsync() => App.DemoUserAsync("order.manager@ordo.test");

    private async Task<Guid> BoughtAsync(ApiUser buyer)
    {
        var customer = await NewCustomerAsync();
        var id = await customer.DepositedOrderAsync(await CsManagerAsync(), await App.DemoUserAsync("accountant@ordo.test"), 5_000_000m, CartLineRequest.From(Shop.Uniqlo));
        var order = await (await OrderManagerAsync()).AssignBuyerAsync(id, buyer.Id);
        await (await buyer.TryPurchaseAsync(id, order.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao), "3342198765"))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return id;
    }

    private static Task<HttpResponseMessage> TryRequestAsync(ApiUser user, Guid orderId, string[] numbers, string? reason) =>
        user.PostAsync($"/api/orders/{orderId}/shop-order-numbers", new ShopOrderNumberChanges.RequestCommand(numbers, reason));

    [Fact]
    public async Task The_buyer_asks_to_change_the_numbers_and_they_change_once_the_order_manager_approves()
    {
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var orderId = await BoughtAsync(buyer);
        var manager = await OrderManagerAsync();

        var change = await (await TryRequestAsync(buyer, orderId, ["3342198799"], "Shop hủy đơn cũ, đặt lại")).ReadAsync<ShopOrderNumberChanges.ChangeDto>(HttpStatusCode.Created);
        Assert.Equal(ChangeStatus.Pending, change.Status);
        Assert.Equal(["3342198765"], change.From);
        Assert.Equal(["3342198799"], change.To);
        Assert.Equal(["3342198765"], (await buyer.OrderAsync(orderId)).ShopOrderNumbers);
        await (await TryRequestAsync(buyer, orderId, ["3342198800"], "Lần nữa")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.ChangePending);
        Assert.Contains((await manager.GetAsync<IReadOnlyList<ShopOrderNumberChanges.ChangeDto>>("/api/shop-order-number-changes?status=Pending")), c => c.Id == change.Id);
        await (await buyer.PostAsync($"/api/shop-order-number-changes/{change.Id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var approved = await (await manager.PostAsync($"/api/shop-order-number-changes/{change.Id}/approve")).ReadAsync<ShopOrderNumberChanges.ChangeDto>();

        Assert.Equal(ChangeStatus.Approved, approved.Status);
        var order = await buyer.OrderAsync(orderId);
        Assert.Equal(["3342198799"], order.ShopOrderNumbers);
        Assert.Equal(
            [OrderHistoryAction.ShopOrderNumberChangeRequested, OrderHistoryAction.ShopOrderNumbersChanged],
            order.History.TakeLast(2).Select(h => h.Action));
        await (await manager.PostAsync($"/api/shop-order-number-changes/{change.Id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.ChangeDecided);
    }

    [Fact]
    public async Task A_refused_change_keeps_the_numbers_and_bad_requests_change_nothing()
    {
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var rival = await App.NewBuyerAsync(await AdminAsync());
        var orderId = await BoughtAsync(buyer);
        var before = await buyer.SnapshotAsync(OrderApi.UrlOf(orderId));

        await (await TryRequestAsync(buyer, orderId, ["3342198765"], null)).ShouldBeInvalidAsync("reason");
        await (await TryRequestAsync(buyer, orderId, [new string('9', 65)], "Dài quá")).ShouldBeInvalidAsync("shopOrderNumbers[0]");
        await (await TryRequestAsync(rival, orderId, ["1"], "Không phải đơn của tôi")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.AnotherBuyer);
        await (await TryRequestAsync((await NewCustomerAsync()), orderId, ["1"], "Khách")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await buyer.ShouldStillSeeAsync(before);

        var change = await (await TryRequestAsync(buyer, orderId, ["3342198799"], "Nhầm")).ReadAsync<ShopOrderNumberChanges.ChangeDto>(HttpStatusCode.Created);
        var manager = await OrderManagerAsync();
        await (await manager.PostAsync($"/api/shop-order-number-changes/{change.Id}/refuse", new ShopOrderNumberChanges.RefuseCommand(""))).ShouldBeInvalidAsync("reason");
        var refused = await (await manager.PostAsync($"/api/shop-order-number-changes/{change.Id}/refuse", new ShopOrderNumberChanges.RefuseCommand("Mã cũ vẫn đúng"))).ReadAsync<ShopOrderNumberChanges.ChangeDto>();

        Assert.Equal((ChangeStatus.Refused, "Mã cũ vẫn đúng"), (refused.Status, refused.RefusalReason));
        var order = await buyer.OrderAsync(orderId);
        Assert.Equal(["3342198765"], order.ShopOrderNumbers);
        Assert.Equal(OrderHistoryAction.ShopOrderNumberChangeRefused, order.History[^1].Action);
    }

    public sealed class OnSqlite(SqliteApp app) : ShopOrderNumberChangeTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ShopOrderNumberChangeTests(app), IClassFixture<PostgresApp>;
}
