using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class OrderDepositTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddHours(4);
    private static readonly Cash Deposit = Cash.Vnd(2_009_677m);

    public static TheoryData<string> StaffWhoMayTakeADeposit => [Roles.CsManager, Roles.Accountant, Roles.Admin];

    public static TheoryData<string> StaffWhoMayNot => [Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery, Roles.ChinaWarehouse];

    public static TheoryData<OrderStatus> PurchaseStatusesOtherThanApproved =>
        [.. AnOrder.Reachable(OrderKind.Purchase).Where(s => s != OrderStatus.Approved).Order()];

    public static TheoryData<OrderStatus> ShippingStatuses => [.. AnOrder.Reachable(OrderKind.Shipping).Order()];

    [Fact]
    public void An_order_s_rate_is_locked_the_first_time_it_is_priced()
    {
        var order = AnOrder.Purchase().Build();

        order.LockRate(ExchangeRate.Of(3_650.5m));

        Assert.Equal(3_650.5m, order.VndPerCny);
    }

    [Fact]
    public void A_locked_rate_never_changes_when_the_rate_moves()
    {
        var order = AnOrder.Purchase().Build();
        order.LockRate(ExchangeRate.Of(3_650.5m));

        order.LockRate(ExchangeRate.Of(3_700m));
        order.LockRate(ExchangeRate.Of(3_500m));

        Assert.Equal(3_650.5m, order.VndPerCny);
    }

    [Fact]
    public void A_new_order_has_no_rate_yet() =>
        Assert.Null(AnOrder.Purchase().Build().VndPerCny);

    [Fact]
    public void The_customer_pays_the_deposit_of_an_approved_order_which_moves_it_to_deposited()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var owner = Actors.OwnerOf(order);

        order.MarkDeposited(owner, Deposit, Now);

        Assert.Equal(OrderStatus.Deposited, order.Status);
        Assert.Equal(Now, order.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayTakeADeposit))]
    public void The_cs_manager_or_an_accountant_records_the_deposit_for_the_customer(string role)
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.MarkDeposited(Actors.Staff("Nhân viên", role), Deposit, Now);

        Assert.Equal(OrderStatus.Deposited, order.Status);
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayNot))]
    public void Other_staff_may_not_record_a_deposit(string role)
    {
        var order = AnOrder.Purchase().Approved().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.MarkDeposited(Actors.Staff("Người khác", role), Deposit, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Another_customer_may_not_pay_the_deposit()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.MarkDeposited(Actors.NewCustomer("Người lạ"), Deposit, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(PurchaseStatusesOtherThanApproved))]
    public void Only_an_approved_order_takes_a_deposit(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.MarkDeposited(Actors.Accountant, Deposit, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(ShippingStatuses))]
    public void A_shipping_order_takes_no_deposit(OrderStatus status)
    {
        var order = AnOrder.Shipping().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.MarkDeposited(Actors.Accountant, Deposit, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void The_deposit_is_written_in_the_history_with_its_amount_and_the_customer_is_told()
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.MarkDeposited(Actors.Accountant, Deposit, Now);

        var entry = order.History[^1];
        Assert.Equal(OrderHistoryAction.Deposited, entry.Action);
        Assert.Equal((OrderStatus?)OrderStatus.Approved, entry.From);
        Assert.Equal(OrderStatus.Deposited, entry.To);
        Assert.Equal((Now, Actors.Accountant.UserId, Actors.Accountant.Name), (entry.At, entry.ByUserId, entry.ByName));
        Assert.Equal("2009677 VND", entry.Remark);
        Assert.True(entry.CustomerNotified);
    }

    [Fact]
    public void Paying_the_deposit_raises_order_deposited()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var owner = Actors.OwnerOf(order);

        order.MarkDeposited(owner, Deposit, Now);

        Assert.Equal(
            new OrderDeposited(order.Id, order.Code, order.CustomerId, 2_009_677m, owner.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void A_deposit_cannot_be_paid_twice()
    {
        var order = AnOrder.Purchase().Approved().Build();
        order.MarkDeposited(Actors.Accountant, Deposit, Now);

        AssertBrokenRule(() => order.MarkDeposited(Actors.Accountant, Deposit, Now.AddMinutes(1)), OrderErrors.IllegalTransition);
        Assert.Single(order.History, h => h.Action == OrderHistoryAction.Deposited);
        Assert.Single(order.DomainEvents);
    }

    [Fact]
    public void The_price_is_fixed_once_at_the_deposit_and_a_second_lock_changes_nothing()
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.LockPricing(ExchangeRate.Of(3_650m), Clock.Now, 2.5m, 10m, 50m);
        order.LockPricing(ExchangeRate.Of(3_700m), Clock.Now.AddDays(1), null, 0m, null);

        Assert.Equal((3_650m, Clock.Now, 2.5m, 10m, 50m),
            (order.VndPerCny, order.PricedAt, order.PricedServiceFeePercent, order.PricedLoyaltyDiscountPercent, order.PricedLoyaltyAdvancePercent));
    }
}
