using Ordo.Domain.Buying;
using Ordo.Domain.Money;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Buying;

public class ShopOrderNumberChangeTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(2);

    private static (Order Order, ShopPurchase Purchase) Bought()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();
        var (purchase, _) = ShopPurchase.Record(order, AnOrder.BuyerActor, null, ["3342198765"], 0m, ExchangeRate.Of(3_650m), null, Now);
        return (order, purchase);
    }

    [Fact]
    public void The_buyer_asks_and_the_order_manager_approves_the_purchase_then_carries_the_new_numbers()
    {
        var (order, purchase) = Bought();

        var change = ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, ["3342198799", "3342198800"], "Shop tách đơn", anotherPending: false, Now);
        Assert.Equal((ChangeStatus.Pending, "3342198765"), (change.Status, Assert.Single(purchase.ShopOrderNumbers)));

        change.Approve(order, purchase, Actors.OrderManager, Now.AddHours(1));

        Assert.Equal(ChangeStatus.Approved, change.Status);
        Assert.Equal(["3342198799", "3342198800"], purchase.ShopOrderNumbers);
        Assert.Equal(
            [OrderHistoryAction.ShopOrderNumberChangeRequested, OrderHistoryAction.ShopOrderNumbersChanged],
            order.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal("3342198765 → 3342198799, 3342198800: Shop tách đơn", order.History[^2].Remark);
    }

    [Fact]
    public void A_refused_change_keeps_the_numbers_and_says_why()
    {
        var (order, purchase) = Bought();
        var change = ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, ["999"], "Nhầm", anotherPending: false, Now);

        AssertInvalid(() => change.Refuse(order, Actors.OrderManager, " ", Now), "reason");
        change.Refuse(order, Actors.OrderManager, "Mã cũ đúng", Now);

        Assert.Equal((ChangeStatus.Refused, "Mã cũ đúng"), (change.Status, change.RefusalReason));
        Assert.Equal("3342198765", Assert.Single(purchase.ShopOrderNumbers));
        AssertBrokenRule(() => change.Approve(order, purchase, Actors.OrderManager, Now), OrderErrors.ChangeDecided);
    }

    [Fact]
    public void Only_the_order_manager_decides_and_another_buyer_may_not_ask()
    {
        var (order, purchase) = Bought();
        var change = ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, ["999"], "Nhầm", anotherPending: false, Now);

        AssertForbidden(() => change.Approve(order, purchase, AnOrder.BuyerActor, Now), OrderErrors.RoleNotAllowed);
        AssertForbidden(() => ShopOrderNumberChange.Request(order, purchase, Actors.OrderingStaff, ["998"], "Nhầm", anotherPending: false, Now), OrderErrors.AnotherBuyer);
        Assert.Equal(ChangeStatus.Pending, change.Status);
    }

    [Fact]
    public void A_request_needs_new_numbers_a_reason_and_no_other_request_waiting()
    {
        var (order, purchase) = Bought();

        AssertInvalid(() => ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, ["3342198765"], null, anotherPending: false, Now), "shopOrderNumbers", "reason");
        AssertInvalid(() => ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, [], "x", anotherPending: false, Now), "shopOrderNumbers");
        AssertBrokenRule(() => ShopOrderNumberChange.Request(order, purchase, AnOrder.BuyerActor, ["1"], "x", anotherPending: true, Now), OrderErrors.ChangePending);
    }
}
