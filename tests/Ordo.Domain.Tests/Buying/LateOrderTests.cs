using Ordo.Domain.Buying;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Buying;

public class LateOrderTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(2);

    private static Order Ordering() => AnOrder.Purchase().In(OrderStatus.Ordering).Build();

    private static LateOrder LateFor(Order order, LateKind kind = LateKind.Buying) =>
        LateOrder.Mark(order.Id, order.Code, kind, Now.AddHours(-1), order.BuyerId, order.BuyerName, Now);

    [Fact]
    public void Marking_keeps_the_order_its_deadline_and_its_buyer_then_and_is_open()
    {
        var order = Ordering();

        var late = LateFor(order);

        Assert.Equal((order.Id, order.Code, LateKind.Buying, Now.AddHours(-1), Now), (late.OrderId, late.OrderCode, late.Kind, late.DueAt, late.MarkedAt));
        Assert.Equal((AnOrder.Buyer.Id, AnOrder.Buyer.Name), (late.BuyerId, late.BuyerName));
        Assert.True(late.IsOpen);
        Assert.Null(late.Reason);
    }

    [Fact]
    public void An_order_not_yet_due_cannot_be_marked_late()
    {
        var order = Ordering();

        Assert.Throws<ArgumentException>(() => LateOrder.Mark(order.Id, order.Code, LateKind.Buying, Now.AddMinutes(1), null, null, Now));
    }

    [Theory]
    [InlineData(OrderStatus.Deposited, LateKind.Buying)]
    [InlineData(OrderStatus.Ordering, LateKind.Buying)]
    [InlineData(OrderStatus.Ordered, LateKind.Tracking)]
    public void Each_deadline_runs_in_its_own_step(OrderStatus status, LateKind kind)
    {
        Assert.Equal(kind, LateOrder.KindFor(status));
        Assert.Contains(status, LateOrder.StepOf(kind));
    }

    [Theory]
    [InlineData(OrderStatus.Approved)]
    [InlineData(OrderStatus.ShopShipped)]
    [InlineData(OrderStatus.Cancelled)]
    public void Other_statuses_cannot_be_late(OrderStatus status) => Assert.Null(LateOrder.KindFor(status));

    [Fact]
    public void The_buyer_gives_a_reason_and_the_timeline_says_so()
    {
        var order = Ordering();
        var late = LateFor(order);

        late.GiveReason(AnOrder.BuyerActor, order, LateReason.ShopNotResponding, "  Shop chưa trả lời tin nhắn  ", Now);

        Assert.Equal((LateReason.ShopNotResponding, "Shop chưa trả lời tin nhắn", Now), (late.Reason, late.ReasonText, late.ReasonGivenAt));
        Assert.Equal((AnOrder.Buyer.Id, AnOrder.Buyer.Name), (late.ReasonGivenById, late.ReasonGivenByName));
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.LateReasonGiven, OrderStatus.Ordering, OrderStatus.Ordering, false), (entry.Action, entry.From, entry.To, entry.CustomerNotified));
        Assert.Equal("Shop not responding (not bought in time): Shop chưa trả lời tin nhắn", entry.Remark);
    }

    [Fact]
    public void A_later_reason_replaces_the_earlier_one()
    {
        var order = Ordering();
        var late = LateFor(order);
        late.GiveReason(AnOrder.BuyerActor, order, LateReason.ShopNotResponding, "Chưa trả lời", Now);

        late.GiveReason(Actors.OrderManager, order, LateReason.PriceChanged, null, Now.AddHours(1));

        Assert.Equal((LateReason.PriceChanged, null, Actors.OrderManager.Name), (late.Reason, late.ReasonText, late.ReasonGivenByName));
        Assert.Equal(2, order.History.Count(h => h.Action == OrderHistoryAction.LateReasonGiven));
    }

    [Fact]
    public void Other_needs_its_text_and_a_text_has_a_limit()
    {
        var order = Ordering();
        var late = LateFor(order);

        AssertInvalid(() => late.GiveReason(AnOrder.BuyerActor, order, LateReason.Other, "  ", Now), "text");
        AssertInvalid(() => late.GiveReason(AnOrder.BuyerActor, order, LateReason.WaitingForCustomer, new string('x', LateOrder.MaxReasonTextLength + 1), Now), "text");
        AssertInvalid(() => late.GiveReason(AnOrder.BuyerActor, order, (LateReason)42, null, Now), "code");
        Assert.Null(late.Reason);
        Assert.DoesNotContain(order.History, h => h.Action == OrderHistoryAction.LateReasonGiven);
    }

    [Fact]
    public void Another_buyer_and_a_customer_may_not_explain_the_delay()
    {
        var order = Ordering();
        var late = LateFor(order);

        AssertForbidden(() => late.GiveReason(Actors.Staff("Trịnh Văn Khác", Roles.OrderingStaff), order, LateReason.ShopNotResponding, null, Now), OrderErrors.AnotherBuyer);
        AssertForbidden(() => late.GiveReason(Actors.OwnerOf(order), order, LateReason.ShopNotResponding, null, Now), OrderErrors.RoleNotAllowed);
        AssertForbidden(() => late.GiveReason(Actors.CsManager, order, LateReason.ShopNotResponding, null, Now), OrderErrors.RoleNotAllowed);
        late.GiveReason(Actors.Admin, order, LateReason.Other, "Quản trị ghi thay", Now);
        Assert.Equal(LateReason.Other, late.Reason);
    }

    [Fact]
    public void A_resolved_delay_takes_no_reason_and_is_resolved_once()
    {
        var order = Ordering();
        var late = LateFor(order);

        late.Resolve(Now);

        Assert.False(late.IsOpen);
        Assert.Equal(Now, late.ResolvedAt);
        AssertBrokenRule(() => late.GiveReason(AnOrder.BuyerActor, order, LateReason.ShopNotResponding, null, Now), OrderErrors.NotLate);
        AssertBrokenRule(() => late.Resolve(Now), OrderErrors.NotLate);
    }

    [Fact]
    public void A_buying_delay_takes_no_reason_once_the_shop_order_is_placed()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();
        var late = LateFor(order, LateKind.Buying);

        AssertBrokenRule(() => late.GiveReason(AnOrder.BuyerActor, order, LateReason.ShopNotResponding, null, Now), OrderErrors.NotLate);
    }

    [Fact]
    public void A_delay_reopened_keeps_its_deadline_and_reason()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();
        var late = LateFor(order, LateKind.Tracking);
        late.GiveReason(AnOrder.BuyerActor, order, LateReason.WaitingForCustomer, null, Now);
        late.Resolve(Now);

        late.Reopen();

        Assert.True(late.IsOpen);
        Assert.Equal((Now.AddHours(-1), LateReason.WaitingForCustomer), (late.DueAt, late.Reason));
        AssertBrokenRule(late.Reopen, OrderErrors.NotLate);
    }

    [Fact]
    public void Without_an_open_delay_the_order_s_rule_answers_first_then_not_late()
    {
        var order = Ordering();

        Assert.IsType<ForbiddenActionException>(LateOrder.NoneOpen(Actors.OwnerOf(order), order));
        Assert.Equal(OrderErrors.AnotherBuyer, LateOrder.NoneOpen(Actors.Staff("Trịnh Văn Khác", Roles.OrderingStaff), order).Code);
        var notLate = LateOrder.NoneOpen(AnOrder.BuyerActor, order);
        Assert.Equal((typeof(DomainException), OrderErrors.NotLate), (notLate.GetType(), notLate.Code));
    }
}
