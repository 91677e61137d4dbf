using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>Money paid towards an order going back to the wallet: the entry, the timeline line and the event.</summary>
public class OrderRefundTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(5);
    private static readonly Cash Paid = Cash.Vnd(5_000_000m);

    [Fact]
    public void A_refund_moves_the_amount_from_the_order_back_to_the_wallet_and_the_customer_is_told()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Cancelled).Build();
        var staff = Actors.CsManager;

        var entry = order.Refund(staff, Cash.Vnd(1_250_000m), Paid, RefundCause.Cancelled, "  Shop đóng cửa ", Now);

        Assert.Equal(JournalEntryKind.Refund, entry.Kind);
        Assert.Equal((order.Id, order.CustomerId), (entry.OrderId, entry.CustomerId));
        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.Equal(-1_250_000m, entry.Lines.Single(l => l.AccountKey == LedgerAccount.Wallet(order.CustomerId).Key).Amount);
        Assert.Equal(1_250_000m, entry.Lines.Single(l => l.AccountKey == LedgerAccount.Order(order.Id).Key).Amount);
        Assert.Equal(($"Refund on {order.Code} (Cancelled)", "Shop đóng cửa"), (entry.Description, entry.Memo));
        var line = order.History[^1];
        Assert.Equal((OrderHistoryAction.Refunded, OrderStatus.Cancelled, "+1250000 VND: Shop đóng cửa", true),
            (line.Action, line.To, line.Remark, line.CustomerNotified));
        Assert.Equal(
            new OrderRefunded(order.Id, order.Code, order.CustomerId, 1_250_000m, RefundCause.Cancelled, "Shop đóng cửa", staff.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void A_refund_without_a_note_says_only_the_amount()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        var entry = order.Refund(Actors.Accountant, Cash.Vnd(30_000m), Paid, RefundCause.Overpaid, "  ", Now);

        Assert.Null(entry.Memo);
        Assert.Equal("+30000 VND", order.History[^1].Remark);
        Assert.Null(Assert.IsType<OrderRefunded>(Assert.Single(order.DomainEvents)).Note);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10_000)]
    public void A_refund_must_be_a_positive_amount(int amount)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Refund(Actors.CsManager, Cash.Vnd(amount), Paid, RefundCause.Overpaid, null, Now), "amountVnd");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void A_refund_never_returns_more_than_was_paid()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.Refund(Actors.CsManager, Cash.Vnd(300_001m), Cash.Vnd(300_000m), RefundCause.Overpaid, null, Now), OrderErrors.RefundOverPaid);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void A_refund_is_in_dong()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertInvalid(() => order.Refund(Actors.CsManager, Cash.Cny(10m), Paid, RefundCause.Overpaid, null, Now), "amountVnd");
    }

    [Fact]
    public void A_note_of_the_longest_reason_still_fits_the_timeline_and_the_ledger()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var note = new string('x', Order.MaxReasonLength);

        var entry = order.Refund(Actors.CsManager, Cash.Vnd(10_000m), Paid, RefundCause.OutOfStock, note, Now);

        Assert.Equal(JournalEntry.MaxMemoLength, entry.Memo!.Length);
        Assert.Equal(Order.MaxReasonLength, order.History[^1].Remark!.Length);
        Assert.StartsWith("+10000 VND: xxx", order.History[^1].Remark, StringComparison.Ordinal);
    }
}
