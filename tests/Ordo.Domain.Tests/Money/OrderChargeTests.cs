using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>Supplementary charges and credits staff add to an order.</summary>
public class OrderChargeTests
{
    private const string Reason = "Phụ phí hàng cồng kềnh";
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(3);

    public static TheoryData<string> StaffWhoMayChangeCharges =>
        [Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant, Roles.Admin];

    public static TheoryData<string> OthersWhoMayNot =>
        [Roles.Customer, Roles.Delivery, Roles.ChinaWarehouse, Roles.VietnamWarehouse, Roles.ForwardingManager];

    public static TheoryData<decimal> RefusedAmounts => [0m, -1m, -50_000m, 50_000.5m, 0.4m, TopUp.MaxAmountVnd + 1m];

    public static TheoryData<OrderKind, OrderStatus> ClosedOrders => new()
    {
        { OrderKind.Purchase, OrderStatus.Rejected },
        { OrderKind.Purchase, OrderStatus.Cancelled },
        { OrderKind.Purchase, OrderStatus.OutOfStock },
        { OrderKind.Purchase, OrderStatus.Completed },
        { OrderKind.Shipping, OrderStatus.Rejected },
        { OrderKind.Shipping, OrderStatus.Cancelled },
        { OrderKind.Shipping, OrderStatus.Completed },
    };

    public static TheoryData<OrderKind, OrderStatus> OpenOrders()
    {
        var data = new TheoryData<OrderKind, OrderStatus>();
        foreach (var kind in Enum.GetValues<OrderKind>())
        {
            foreach (var status in AnOrder.Reachable(kind).Where(s => !OrderLifecycle.IsTerminal(s)).Order())
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayChangeCharges))]
    public void Staff_add_a_supplementary_charge_with_a_reason(string role)
    {
        var order = AnOrder.Purchase().In(OrderStatus.InVietnamWarehouse).Build();
        var staff = Actors.Staff("Nhân viên", role);

        order.AddCharge(staff, ChargeKind.Supplementary, 50_000m, $"  {Reason}  ", Now);

        var charge = Assert.Single(order.Charges);
        Assert.Equal((ChargeKind.Supplementary, 50_000m, Reason), (charge.Kind, charge.AmountVnd, charge.Reason));
        Assert.Equal((Now, staff.UserId, staff.Name), (charge.At, charge.ByUserId, charge.ByName));
        Assert.Equal(Now, order.UpdatedAt);
        Assert.Equal(OrderStatus.InVietnamWarehouse, order.Status);
    }

    [Theory]
    [MemberData(nameof(OthersWhoMayNot))]
    public void Nobody_else_changes_an_order_s_charges(string role)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Delivering).Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.AddCharge(Actors.Staff("Người khác", role), ChargeKind.Credit, 50_000m, Reason, Now), OrderErrors.RoleNotAllowed);

        Assert.Empty(order.Charges);
        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void The_customer_cannot_credit_their_own_order()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Delivered).Build();

        AssertForbidden(() => order.AddCharge(Actors.OwnerOf(order), ChargeKind.Credit, 50_000m, "Tự giảm", Now), OrderErrors.RoleNotAllowed);
    }

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void A_charge_is_a_positive_whole_number_of_dong_within_the_limit(decimal amountVnd)
    {
        var order = AnOrder.Purchase().Approved().Build();

        AssertInvalid(() => order.AddCharge(Actors.CsManager, ChargeKind.Supplementary, amountVnd, Reason, Now), "amountVnd");
        Assert.Empty(order.Charges);
    }

    [Fact]
    public void The_largest_charge_allowed_is_accepted()
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.AddCharge(Actors.CsManager, ChargeKind.Supplementary, TopUp.MaxAmountVnd, Reason, Now);

        Assert.Equal(Cash.Vnd(TopUp.MaxAmountVnd), order.SupplementaryVnd);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_charge_needs_a_reason(string? reason)
    {
        var order = AnOrder.Purchase().Approved().Build();

        AssertInvalid(() => order.AddCharge(Actors.CsManager, ChargeKind.Credit, 50_000m, reason, Now), "reason");
        Assert.Empty(order.Charges);
    }

    [Fact]
    public void A_reason_is_at_most_1000_characters()
    {
        var order = AnOrder.Purchase().Approved().Build();

        AssertInvalid(() => order.AddCharge(Actors.CsManager, ChargeKind.Credit, 50_000m, new string('x', Order.MaxReasonLength + 1), Now), "reason");
        order.AddCharge(Actors.CsManager, ChargeKind.Credit, 50_000m, new string('x', Order.MaxReasonLength), Now);
        Assert.Single(order.Charges);
    }

    [Fact]
    public void A_charge_of_an_unknown_kind_is_refused_with_every_other_broken_field() =>
        AssertInvalid(() => AnOrder.Purchase().Build().AddCharge(Actors.CsManager, (ChargeKind)4, 0m, null, Now), "kind", "amountVnd", "reason");

    [Theory]
    [MemberData(nameof(ClosedOrders))]
    public void A_closed_order_s_charges_can_no_longer_change(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.AddCharge(Actors.Accountant, ChargeKind.Credit, 50_000m, Reason, Now), OrderErrors.Closed);

        Assert.Empty(order.Charges);
        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(OpenOrders))]
    public void An_open_order_takes_charges_and_credits_at_any_step(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();

        order.AddCharge(Actors.Accountant, ChargeKind.Supplementary, 50_000m, Reason, Now);

        Assert.Single(order.Charges);
    }

    [Theory]
    [InlineData(ChargeKind.Supplementary, "+50000 VND: Phụ phí hàng cồng kềnh")]
    [InlineData(ChargeKind.Credit, "-50000 VND: Phụ phí hàng cồng kềnh")]
    public void A_charge_is_written_in_the_history_with_its_sign_amount_and_reason_and_the_customer_is_told(ChargeKind kind, string remark)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();

        order.AddCharge(Actors.OrderManager, kind, 50_000m, Reason, Now);

        var entry = order.History[^1];
        Assert.Equal(OrderHistoryAction.ChargeAdded, entry.Action);
        Assert.Equal(((OrderStatus?)OrderStatus.Ordered, OrderStatus.Ordered), (entry.From, entry.To));
        Assert.Equal((Now, Actors.OrderManager.UserId, Actors.OrderManager.Name), (entry.At, entry.ByUserId, entry.ByName));
        Assert.Equal(remark, entry.Remark);
        Assert.True(entry.CustomerNotified);
    }

    [Fact]
    public void Adding_a_charge_raises_order_charge_added()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();

        order.AddCharge(Actors.CsStaff, ChargeKind.Credit, 30_000m, "  Hoàn tiền khiếu nại  ", Now);

        Assert.Equal(
            new OrderChargeAdded(order.Id, order.Code, order.CustomerId, ChargeKind.Credit, 30_000m, "Hoàn tiền khiếu nại", Actors.CsStaff.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Supplementary_charges_and_credits_are_summed_separately()
    {
        var order = AnOrder.Purchase().In(OrderStatus.InVietnamWarehouse).Build();

        order.AddCharge(Actors.CsManager, ChargeKind.Supplementary, 50_000m, "Đóng gỗ thêm", Now);
        order.AddCharge(Actors.Accountant, ChargeKind.Credit, 30_000m, "Hoàn tiền khiếu nại", Now);
        order.AddCharge(Actors.CsStaff, ChargeKind.Supplementary, 25_000m, "Phí giao hàng nhanh", Now);
        order.AddCharge(Actors.CsManager, ChargeKind.Credit, 10_000m, "Giao chậm", Now);

        Assert.Equal(Cash.Vnd(75_000m), order.SupplementaryVnd);
        Assert.Equal(Cash.Vnd(40_000m), order.CreditsVnd);
        Assert.Equal(4, order.Charges.Count);
        Assert.Equal(4, order.History.Count(h => h.Action == OrderHistoryAction.ChargeAdded));
    }

    [Fact]
    public void An_order_without_charges_has_nothing_supplementary_and_no_credits()
    {
        var order = AnOrder.Purchase().Build();

        Assert.Equal(Cash.Vnd(0m), order.SupplementaryVnd);
        Assert.Equal(Cash.Vnd(0m), order.CreditsVnd);
    }

    [Fact]
    public void An_order_s_charges_feed_the_total_it_owes()
    {
        var order = AnOrder.Purchase().In(OrderStatus.InVietnamWarehouse).Build();
        order.AddCharge(Actors.CsManager, ChargeKind.Supplementary, 50_000m, "Đóng gỗ thêm", Now);
        order.AddCharge(Actors.Accountant, ChargeKind.Credit, 30_000m, "Hoàn tiền khiếu nại", Now);
        var input = Builders.ACharge.ForGoodsWorthVnd(10_000_000m).Build() with { Supplementary = order.SupplementaryVnd, Credits = order.CreditsVnd };

        var charges = ChargeCalculator.Calculate(input, FeeSchedule.Default);

        Assert.Equal(Cash.Vnd(10_270_000m), charges.Total);
    }
}
