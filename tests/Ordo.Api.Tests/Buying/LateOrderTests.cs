using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

/// <summary>
/// The buying deadlines: an order not bought in time after its deposit, or without a tracking number in time after the
/// shop order, is marked late by the job, explained by its buyer, and resolved once it moves on. These tests move the
/// app's clock, so they have an app of their own.
/// </summary>
public abstract class LateOrderTests(OrdoApp app) : ApiTest(app)
{
    private static readonly TimeSpan BuyingDeadline = TimeSpan.FromHours(new BuyingOptions().BuyingDeadlineHours);
    private static readonly TimeSpan TrackingDeadline = TimeSpan.FromDays(new BuyingOptions().TrackingDeadlineDays);

    private Task<ApiUser> OrderManagerAsync() => App.DemoUserAsync("order.manager@ordo.test");

    /// <summary>A deposited order of a customer of this test, in the hands of a buyer of this test.</summary>
    private async Task<(ApiUser Customer, ApiUser Buyer, OrderDetailsDto Order)> BeingBoughtAsync()
    {
        var customer = await NewCustomerAsync("Lê Thị Trễ Hạn");
        var id = await customer.DepositedOrderAsync(await CsManagerAsync(), await App.DemoUserAsync("accountant@ordo.test"), 10_000_000m,
            CartLineRequest.From(Shop.Uniqlo, "Áo khoác gió", 100m, 2));
        var buyer = await App.NewBuyerAsync(await AdminAsync());
        var order = await (await OrderManagerAsync()).AssignBuyerAsync(id, buyer.Id);
        return (customer, buyer, order);
    }

    [Fact]
    public async Task An_order_not_bought_within_the_deadline_is_late_its_buyer_says_why_and_buying_it_resolves_it()
    {
        var (customer, buyer, order) = await BeingBoughtAsync();
        var manager = await OrderManagerAsync();

        App.Clock.Advance(BuyingDeadline - TimeSpan.FromHours(1));
        await App.MarkLateOrdersAsync();
        Assert.Null((await buyer.OrderAsync(order.Id)).Late);
        Assert.DoesNotContain((await manager.LateOrdersAsync()).Items, r => r.OrderId == order.Id);
        await (await buyer.TryGiveLateReasonAsync(order.Id, LateReason.ShopNotResponding)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.NotLate);

        App.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await App.MarkLateOrdersAsync() >= 1);
        var late = (await buyer.OrderAsync(order.Id)).Late;
        Assert.NotNull(late);
        Assert.Equal((LateKind.Buying, order.DepositedAt!.Value + BuyingDeadline, (LateReason?)null), (late.Kind, late.DueAt, late.Reason));
        Assert.Null((await customer.OrderAsync(order.Id)).Late);
        var row = Assert.Single((await manager.LateOrdersAsync("reason=buying")).Items, r => r.OrderId == order.Id);
        Assert.Equal((order.Code, order.Customer.Name, buyer.Id, LateKind.Buying, late.DueAt), (row.OrderCode, row.CustomerName, row.Buyer!.Id, row.Kind, row.DueAt));
        Assert.DoesNotContain((await manager.LateOrdersAsync("reason=tracking")).Items, r => r.OrderId == order.Id);
        // Every buyer sees the colleagues' late orders; only the order's buyer and the order manager are offered to explain one.
        Assert.Contains((await (await BuyerAsync()).LateOrdersAsync()).Items, r => r.OrderId == order.Id);
        Assert.True(row.MayGiveReason);
        Assert.True(Assert.Single((await buyer.LateOrdersAsync()).Items, r => r.OrderId == order.Id).MayGiveReason);
        Assert.False(Assert.Single((await (await App.NewBuyerAsync(await AdminAsync())).LateOrdersAsync()).Items, r => r.OrderId == order.Id).MayGiveReason);

        // Only its buyer, the order manager or an admin say why; Other needs its text.
        var before = await buyer.SnapshotAsync(OrderApi.UrlOf(order.Id));
        var rival = await App.NewBuyerAsync(await AdminAsync());
        await (await rival.TryGiveLateReasonAsync(order.Id, LateReason.ShopNotResponding)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.AnotherBuyer);
        await (await customer.TryGiveLateReasonAsync(order.Id, LateReason.WaitingForCustomer)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.RoleNotAllowed);
        await (await buyer.TryGiveLateReasonAsync(order.Id, LateReason.Other, "  ")).ShouldBeInvalidAsync("text");
        await (await buyer.TryGiveLateReasonAsync(order.Id, null)).ShouldBeInvalidAsync("code");
        await (await buyer.TryGiveLateReasonAsync(order.Id, LateReason.ShopNotResponding, ifMatch: "\"999\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await buyer.ShouldStillSeeAsync(before);

        var version = (await buyer.OrderAsync(order.Id)).Version;
        var explained = await (await buyer.TryGiveLateReasonAsync(order.Id, LateReason.ShopNotResponding, "Shop chưa trả lời tin nhắn", ifMatch: $"\"{version}\"")).ReadAsync<OrderDetailsDto>();
        Assert.Equal((LateReason.ShopNotResponding, "Shop chưa trả lời tin nhắn"), (explained.Late!.Reason, explained.Late.ReasonText));
        Assert.Equal(OrderHistoryAction.LateReasonGiven, explained.History[^1].Action);
        row = Assert.Single((await manager.LateOrdersAsync()).Items, r => r.OrderId == order.Id);
        Assert.Equal((LateReason.ShopNotResponding, "Shop chưa trả lời tin nhắn", "Mai Văn Mua"), (row.Reason, row.ReasonText, row.ReasonGivenBy));

        // Bought: the next run resolves it, and there is no delay left to explain.
        await (await buyer.TryPurchaseAsync(order.Id, (await buyer.OrderAsync(order.Id)).AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.True(await App.MarkLateOrdersAsync() >= 1);
        Assert.Null((await buyer.OrderAsync(order.Id)).Late);
        Assert.DoesNotContain((await manager.LateOrdersAsync()).Items, r => r.OrderId == order.Id);
        await (await buyer.TryGiveLateReasonAsync(order.Id, LateReason.PriceChanged)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.NotLate);
    }

    [Fact]
    public async Task An_order_without_a_tracking_number_within_the_deadline_is_late_until_one_is_entered_and_again_when_it_is_taken_back()
    {
        var (_, buyer, order) = await BeingBoughtAsync();
        var manager = await OrderManagerAsync();
        await (await buyer.TryPurchaseAsync(order.Id, order.AsInCart(await buyer.AccountOnAsync(Marketplace.Taobao)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var orderedAt = (await buyer.OrderAsync(order.Id)).OrderedAt!.Value;

        App.Clock.Advance(TrackingDeadline - TimeSpan.FromHours(1));
        await App.MarkLateOrdersAsync();
        Assert.Null((await buyer.OrderAsync(order.Id)).Late);

        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.MarkLateOrdersAsync();
        var late = (await buyer.OrderAsync(order.Id)).Late;
        Assert.Equal((LateKind.Tracking, orderedAt + TrackingDeadline), (late!.Kind, late.DueAt));
        Assert.Single((await manager.LateOrdersAsync("reason=tracking")).Items, r => r.OrderId == order.Id);
        await (await manager.TryGiveLateReasonAsync(order.Id, LateReason.Other, "Shop hẹn gửi hàng thứ Hai")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await buyer.TryAddTrackingNumberAsync(order.Id, $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await App.MarkLateOrdersAsync();
        Assert.DoesNotContain((await manager.LateOrdersAsync()).Items, r => r.OrderId == order.Id);

        // Entered by mistake and taken back: the order waits for its tracking number again, past the same deadline.
        var number = Assert.Single((await buyer.OrderAsync(order.Id)).TrackingNumbers).Number;
        await (await buyer.TryRemoveTrackingNumberAsync(order.Id, number)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await App.MarkLateOrdersAsync();
        var again = Assert.Single((await manager.LateOrdersAsync("reason=tracking")).Items, r => r.OrderId == order.Id);
        Assert.Equal((orderedAt + TrackingDeadline, LateReason.Other), (again.DueAt, again.Reason));
    }

    [Fact]
    public async Task Two_runs_of_the_job_at_once_mark_each_late_order_once()
    {
        var first = (await BeingBoughtAsync()).Order.Id;
        var second = (await BeingBoughtAsync()).Order.Id;
        App.Clock.Advance(BuyingDeadline + TimeSpan.FromMinutes(5));

        await Task.WhenAll(App.MarkLateOrdersAsync(), App.MarkLateOrdersAsync());

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var marked = await db.LateOrders.Where(l => l.OrderId == first || l.OrderId == second).Select(l => new { l.OrderId, l.Kind }).ToListAsync();
        Assert.Equal([(first, LateKind.Buying), (second, LateKind.Buying)], marked.Select(m => (m.OrderId, m.Kind)).Order());
    }

    [Fact]
    public async Task The_late_list_is_its_own_route_not_an_order_and_only_for_the_buying_department()
    {
        var manager = await OrderManagerAsync();

        var list = await manager.LateOrdersAsync();
        Assert.True(list.Total >= 0);
        await (await (await NewCustomerAsync()).TryLateOrdersAsync()).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.RoleNotAllowed);
        await (await (await CsManagerAsync()).TryLateOrdersAsync()).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OrderErrors.RoleNotAllowed);
        await (await manager.TryLateOrdersAsync("reason=shipping")).ShouldBeInvalidAsync("reason");
        await (await manager.TryLateOrdersAsync("reason=7")).ShouldBeInvalidAsync("reason");
        await (await manager.TryLateOrdersAsync("reason=Tracking")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    public sealed class OnSqlite(SqliteApp app) : LateOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : LateOrderTests(app), IClassFixture<PostgresApp>;
}
