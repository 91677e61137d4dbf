using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Notifications;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

/// <summary>From the deposit to the shop's tracking number: assignment, the shop order with a shortage and a higher price, the money, the tracking number.</summary>
public abstract class BuyingFlowTests(OrdoApp app) : ApiTest(app)
{
    private const decimal Wallet = 10_000_000m;

    private Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private Task<ApiUser> OrderManagerAsync() => App.DemoUserAsync("order.manager@ordo.test");

    // Ten blouses at ¥100 and two scarves at ¥50: the shop will have only two blouses and charge ¥60 a scarf.
    private async Task<(ApiUser Customer, Guid OrderId)> DepositedAsync()
    {
        var customer = await NewCustomerAsync();
        var id = await customer.DepositedOrderAsync(await CsManagerAsync(), await AccountantAsync(), Wallet,
            CartLineRequest.From(Shop.Uniqlo, "Áo sơ mi nữ", 100m, 10), CartLineRequest.From(Shop.Uniqlo, "Khăn quàng", 50m, 2));
        return (customer, id);
    }

    [Fact]
    public async Task A_purchase_with_a_shortage_and_a_higher_price_refunds_the_excess_charges_the_increase_and_books_the_shop_payment()
    {
        var (customer, orderId) = await DepositedAsync();
        var manager = await OrderManagerAsync();
        var buyer = await BuyerAsync();
        var accountant = await AccountantAsync();
        var deposit = (await customer.ChargesAsync(orderId)).PaidVnd;
        var bookBefore = await accountant.GetAsync<LedgerReports.MoneyBook>("/api/money-books/cn?pageSize=1");

        var assigned = await manager.AssignBuyerAsync(orderId, buyer.Id);
        Assert.Equal((OrderStatus.Ordering, buyer.Id), (assigned.Status, assigned.Buyer!.Id));
        Assert.Contains("purchase", (await buyer.OrderAsync(orderId)).AllowedActions);

        var (blouses, scarves) = (assigned.Lines.Single(l => l.Title == "Áo sơ mi nữ"), assigned.Lines.Single(l => l.Title == "Khăn quàng"));
        var taobao = await buyer.AccountOnAsync(Marketplace.Taobao);
        var before = await buyer.SnapshotAsync(OrderApi.UrlOf(orderId));
        await (await buyer.TryPurchaseAsync(orderId, assigned.AsInCart(null))).ShouldBeInvalidAsync("buyingAccountId");
        await (await buyer.TryPurchaseAsync(orderId, assigned.AsInCart(await buyer.AccountOnAsync(Marketplace.Alibaba1688)))).ShouldBeInvalidAsync("buyingAccountId");
        await buyer.ShouldStillSeeAsync(before);
        var purchased = await (await buyer.TryPurchaseAsync(orderId, new PurchaseOrder.Command(
            ["3342198765", "3342198766"], taobao,
            [new(blouses.Id, 100m, 2), new(scarves.Id, 60m, 2)], 15m, 5m, "Shop chỉ còn 2 áo"))).ReadAsync<Application.Orders.OrderDetailsDto>();

        Assert.Equal(OrderStatus.Ordered, purchased.Status);
        Assert.Equal(["3342198765", "3342198766"], purchased.ShopOrderNumbers);
        Assert.StartsWith("Taobao · ", (await buyer.CostsAsync(orderId)).BuyingAccount, StringComparison.Ordinal);
        var bought = purchased.Lines.ToDictionary(l => l.Title);
        Assert.Equal((2, 10, 100m, 200m), (bought["Áo sơ mi nữ"].Quantity, bought["Áo sơ mi nữ"].OrderedQuantity, bought["Áo sơ mi nữ"].UnitPriceCny, bought["Áo sơ mi nữ"].AmountCny));
        Assert.Equal((60m, 50m, 120m), (bought["Khăn quàng"].UnitPriceCny, bought["Khăn quàng"].CartUnitPriceCny, bought["Khăn quàng"].AmountCny));
        Assert.Equal((320m, 15m), (purchased.GoodsValueCny, purchased.ChinaShippingCny));

        // The order now costs less than the deposit paid: the difference is back in the wallet, to the dong.
        var charges = await customer.ChargesAsync(orderId);
        Assert.Equal(320m * charges.VndPerCny, charges.GoodsValueVnd);
        Assert.Equal(15m * charges.VndPerCny, charges.ChinaShippingVnd);
        var refund = deposit - charges.TotalVnd;
        Assert.True(refund > 0, $"the deposit {deposit} should exceed the new total {charges.TotalVnd}");
        Assert.Equal((charges.TotalVnd, 0m), (charges.PaidVnd, charges.DueVnd));
        Assert.Equal(Wallet - deposit + refund, await customer.BalanceAsync());
        Assert.Equal(
            [OrderHistoryAction.Purchased, OrderHistoryAction.Refunded],
            (await customer.OrderAsync(orderId)).History.TakeLast(2).Select(h => h.Action));
        var told = (await customer.NotificationsAsync()).Items.Where(n => n.OrderId == orderId).ToList();
        Assert.Contains(told, n => n.Kind == NotificationKind.Refunded && n.AmountVnd == refund);
        Assert.Contains(told, n => n.Kind == NotificationKind.PriceIncreased && n.AmountVnd == 20m * charges.VndPerCny);

        // What the agent paid: goods at the shop's prices and China shipping, less the bargain, in CNY.
        var costs = await buyer.CostsAsync(orderId);
        Assert.Equal((320m, 15m, 5m, 330m, 20m, 5m), (costs.GoodsCostCny, costs.ChinaShippingCny, costs.BargainDiscountCny, costs.PaidCny, costs.PriceIncreaseCny, costs.BargainingSavingCny));
        var payment = Assert.Single(costs.Payments);
        Assert.Equal((330m, 330m * costs.VndPerCny), (payment.AmountCny, payment.AmountVnd));
        var book = await accountant.GetAsync<LedgerReports.MoneyBook>("/api/money-books/cn?pageSize=1");
        Assert.Equal((bookBefore.Closing - 330m, 330m), (book.Closing, book.Lines[0].Out));
        await accountant.BooksShouldBalanceAsync();

        // A tracking number moves it on; another order of the same marketplace cannot use it.
        var shipped = await (await buyer.TryAddTrackingNumberAsync(orderId, " sf1234567890 ")).ReadAsync<Application.Orders.OrderDetailsDto>();
        Assert.Equal(OrderStatus.ShopShipped, shipped.Status);
        Assert.Equal("SF1234567890", Assert.Single(shipped.TrackingNumbers).Number);
        Assert.Equal("SF1234567890", Assert.Single((await customer.OrderAsync(orderId)).TrackingNumbers).Number);
        Assert.Empty((await customer.OrderAsync(orderId)).ShopOrderNumbers);
        Assert.Equal(orderId, Assert.Single((await buyer.OrdersAsync("trackingNumber=sf1234567890")).Items).Id);

        var (_, second) = await DepositedAsync();
        await manager.AssignBuyerAsync(second, buyer.Id);
        var secondOrder = await buyer.OrderAsync(second);
        await (await buyer.TryPurchaseAsync(second, secondOrder.AsInCart(taobao, "999"))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        before = await buyer.SnapshotAsync(OrderApi.UrlOf(second));
        var taken = await (await buyer.TryAddTrackingNumberAsync(second, "SF1234567890")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.Contains(shipped.Code, taken.Detail, StringComparison.Ordinal);
        await buyer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_lower_shop_price_lowers_what_the_customer_pays_and_counts_as_the_buyers_saving()
    {
        var (customer, orderId) = await DepositedAsync();
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var accountant = await AccountantAsync();
        var before = await customer.ChargesAsync(orderId);
        var assigned = await (await OrderManagerAsync()).AssignBuyerAsync(orderId, buyer.Id);
        var (blouses, scarves) = (assigned.Lines.Single(l => l.Title == "Áo sơ mi nữ"), assigned.Lines.Single(l => l.Title == "Khăn quàng"));

        // The shop lets the blouses go at ¥90 instead of ¥100.
        var purchased = await (await buyer.TryPurchaseAsync(orderId, new PurchaseOrder.Command(
            ["3342191111"], await buyer.AccountOnAsync(Marketplace.Taobao),
            [new(blouses.Id, 90m, 10), new(scarves.Id, 50m, 2)], 0m, 0m, null))).ReadAsync<Application.Orders.OrderDetailsDto>();

        Assert.Equal(900m + 100m, purchased.GoodsValueCny);
        var charges = await customer.ChargesAsync(orderId);
        Assert.Equal(1_000m * charges.VndPerCny, charges.GoodsValueVnd);
        Assert.True(charges.TotalVnd < before.TotalVnd, $"{charges.TotalVnd} should be below {before.TotalVnd}");
        Assert.Equal((before.PaidVnd, charges.TotalVnd - before.PaidVnd), (charges.PaidVnd, charges.DueVnd));
        Assert.Equal(Wallet - before.PaidVnd, await customer.BalanceAsync());
        Assert.DoesNotContain((await customer.NotificationsAsync()).Items, n => n.OrderId == orderId && n.Kind == NotificationKind.PriceIncreased);
        var costs = await buyer.CostsAsync(orderId);
        Assert.Equal((1_000m, 1_000m, 0m, 100m), (costs.GoodsCostCny, costs.PaidCny, costs.PriceIncreaseCny, costs.BargainingSavingCny));
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task The_order_manager_assigns_many_deposited_orders_at_once_and_each_result_says_why_not()
    {
        var (_, first) = await DepositedAsync();
        var (_, second) = await DepositedAsync();
        var submitted = await (await NewCustomerAsync()).PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Xiaomi));
        var buyer = await App.NewBuyerAsync(await AdminAsync());

        var response = await (await (await OrderManagerAsync()).PostAsync("/api/orders/assign-buyer",
            new AssignBuyers.BulkCommand([first, second, submitted.Id], buyer.Id))).ReadAsync<Web.Orders.OrderEndpoints.BulkResponse>();

        Assert.Equal((2, 1), (response.Succeeded, response.Failed));
        Assert.False(response.Results.Single(r => r.Id == submitted.Id).Succeeded);
        Assert.Equal([first, second], (await buyer.OrdersAsync($"buyerId={buyer.Id}&status=Ordering&sort=depositedAt")).Items.Select(o => o.Id).Order());
        Assert.Equal(OrderStatus.Submitted, (await buyer.OrderAsync(submitted.Id)).Status);
    }

    [Fact]
    public async Task A_buyer_claims_deposited_orders_up_to_the_limit_and_two_buyers_cannot_claim_the_same_one()
    {
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var rival = await App.NewBuyerAsync(await AdminAsync());
        var orders = new List<Guid>();
        for (var i = 0; i <= OrdoApp.MaxOpenClaims; i++)
        {
            orders.Add((await DepositedAsync()).OrderId);
        }

        foreach (var id in orders.Take(OrdoApp.MaxOpenClaims))
        {
            var claimed = await (await buyer.TryClaimAsync(id)).ReadAsync<Application.Orders.OrderDetailsDto>();
            Assert.Equal((OrderStatus.Ordering, buyer.Id), (claimed.Status, claimed.Buyer!.Id));
        }

        var last = orders[^1];
        var before = await buyer.SnapshotAsync(OrderApi.UrlOf(last));
        await (await buyer.TryClaimAsync(last)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.ClaimLimit);
        await buyer.ShouldStillSeeAsync(before);
        await (await rival.TryClaimAsync(orders[0])).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.IllegalTransition);

        // The rival may not record the purchase of an order the first buyer holds.
        var held = await buyer.OrderAsync(orders[0]);
        await (await rival.TryPurchaseAsync(orders[0], held.AsInCart(await rival.AccountOnAsync(Marketplace.Taobao)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.AnotherBuyer);
        await buyer.ShouldStillSeeAsync(await buyer.SnapshotAsync(OrderApi.UrlOf(orders[0])));
        Assert.Equal(OrderStatus.Ordering, (await buyer.OrderAsync(orders[0])).Status);
    }

    [Fact]
    public async Task A_buyer_one_below_the_limit_claiming_two_orders_at_once_gets_exactly_one()
    {
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var orders = new List<Guid>();
        for (var i = 0; i < OrdoApp.MaxOpenClaims + 1; i++)
        {
            orders.Add((await DepositedAsync()).OrderId);
        }

        foreach (var id in orders.Take(OrdoApp.MaxOpenClaims - 1))
        {
            await (await buyer.TryClaimAsync(id)).ReadAsync<Application.Orders.OrderDetailsDto>();
        }

        var (a, b) = (orders[^2], orders[^1]);
        var answers = await Task.WhenAll(buyer.TryClaimAsync(a), buyer.TryClaimAsync(b));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
        await answers.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.ClaimLimit);
        var open = await buyer.OrdersAsync($"buyerId={buyer.Id}&status=Ordering&pageSize=50");
        Assert.Equal(OrdoApp.MaxOpenClaims, open.Total);
        Assert.Single(new[] { a, b }, id => open.Items.Any(o => o.Id == id));
    }

    public sealed class OnSqlite(SqliteApp app) : BuyingFlowTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BuyingFlowTests(app), IClassFixture<PostgresApp>;
}
