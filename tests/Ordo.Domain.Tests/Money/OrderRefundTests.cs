using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>Money paid towards an order going back to the wallet: the entry, the timeline line and the event.</summary>
public class OrderRefundTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(5);

    [Fact]
    public void A_refund_moves_the_amount_from_the_order_back_to_the_wallet_and_the_customer_is_told()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Cancelled).Build();
        var staff = Actors.CsManager;

        var entry = order.Refund(staff, Cash.Vnd(1_250_000m), "cancelled: shop closed", Now);

        Assert.Equal(JournalEntryKind.Refund, entry.Kind);
        Assert.Equal((order.Id, order.CustomerId), (entry.OrderId, entry.CustomerId));
        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.Equal(-1_250_000m, entry.Lines.Single(l => l.AccountKey == LedgerAccount.Wallet(order.CustomerId).Key).Amount);
        Assert.Equal(1_250_000m, entry.Lines.Single(l => l.AccountKey == LedgerAccount.Order(order.Id).Key).Amount);
        var line = order.History[^1];
        Assert.Equal((OrderHistoryAction.Refunded, OrderStatus.Cancelled, "+1250000 VND: cancelled: shop closed", true),
            (line.Action, line.To, line.Remark, line.CustomerNotified));
        Assert.Equal(
            new OrderRefunded(order.Id, order.Code, order.CustomerId, 1_250_000m, "cancelled: shop closed", staff.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10_000)]
    public void A_refund_must_be_a_positive_amount(int amount)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Refund(Actors.CsManager, Cash.Vnd(amount), "overpaid", Now), "amountVnd");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void A_refund_is_in_dong()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertInvalid(() => order.Refund(Actors.CsManager, Cash.Cny(10m), "overpaid", Now), "amountVnd");
    }

    [Fact]
    public void A_refund_quoting_a_reason_of_the_longest_length_still_fits_the_timeline_and_the_ledger()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var reason = "cancelled: " + new string('x', Order.MaxReasonLength);

        var entry = order.Refund(Actors.CsManager, Cash.Vnd(10_000m), reason, Now);

        Assert.True(entry.Description.Length <= 500);
        Assert.Equal(Order.MaxReasonLength, order.History[^1].Remark!.Length);
        Assert.StartsWith("+10000 VND: cancelled: xxx", order.History[^1].Remark, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refund_needs_a_reason()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertInvalid(() => order.Refund(Actors.CsManager, Cash.Vnd(10_000m), " ", Now), "reason");
    }
}
