using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Money;

public class OrderDiscountCodeTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddHours(1);

    public static TheoryData<string> CustomerCare => [Roles.CsStaff, Roles.CsManager, Roles.Admin];

    public static TheoryData<string> OtherStaff => [Roles.Accountant, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery];

    public static TheoryData<OrderStatus> AfterTheDeposit =>
        [.. AnOrder.Reachable(OrderKind.Purchase).Where(s => s is not (OrderStatus.Submitted or OrderStatus.Approved)).Order()];

    [Theory]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Approved)]
    public void The_customer_applies_a_code_before_the_deposit_and_the_order_keeps_its_terms(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();
        var code = ADiscountCode.VndOff(50_000m).Named("tet2026").Build();

        order.ApplyDiscountCode(Actors.OwnerOf(order), code, Now, customerUses: 0);

        Assert.Equal(("TET2026", (DiscountKind?)DiscountKind.FixedVnd, 50_000m), (order.DiscountCode, order.DiscountKind, order.DiscountValue));
        Assert.Equal(Now, order.UpdatedAt);
        Assert.Equal(status, order.Status);
    }

    [Fact]
    public void The_order_keeps_the_terms_as_they_were_when_the_code_was_applied()
    {
        var order = AnOrder.Purchase().Build();
        var code = ADiscountCode.PercentOff(10m).Build();
        order.ApplyDiscountCode(Actors.OwnerOf(order), code, Now, 0);

        code.Change(Actors.Admin, DiscountKind.FixedVnd, 5_000m, code.ValidFrom, code.ValidTo, null, null, isActive: true);

        Assert.Equal(((DiscountKind?)DiscountKind.Percent, 10m), (order.DiscountKind, order.DiscountValue));
    }

    [Theory]
    [MemberData(nameof(CustomerCare))]
    public void Customer_care_applies_a_code_for_the_customer(string role)
    {
        var order = AnOrder.Purchase().Build();

        order.ApplyDiscountCode(Actors.Staff("Nhân viên", role), ADiscountCode.PercentOff(5m).Build(), Now, 0);

        Assert.Equal(5m, order.DiscountValue);
    }

    [Theory]
    [MemberData(nameof(OtherStaff))]
    public void Other_staff_may_not_apply_a_code(string role)
    {
        var order = AnOrder.Purchase().Build();

        AssertForbidden(() => order.ApplyDiscountCode(Actors.Staff("Người khác", role), ADiscountCode.New().Build(), Now, 0), OrderErrors.NotYourOrder);

        Assert.Null(order.DiscountCode);
    }

    [Fact]
    public void Another_customer_may_not_apply_a_code_to_the_order()
    {
        var order = AnOrder.Purchase().Build();

        AssertForbidden(() => order.ApplyDiscountCode(Actors.NewCustomer("Người lạ"), ADiscountCode.New().Build(), Now, 0), OrderErrors.NotYourOrder);

        Assert.Null(order.DiscountCode);
    }

    [Theory]
    [MemberData(nameof(AfterTheDeposit))]
    public void A_code_cannot_be_applied_or_removed_once_the_deposit_is_paid_or_the_order_is_closed(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();

        AssertBrokenRule(() => order.ApplyDiscountCode(Actors.CsManager, ADiscountCode.New().Build(), Now, 0), OrderErrors.NotEditable);
        AssertBrokenRule(() => order.ApplyDiscountCode(Actors.CsManager, null, Now, 0), OrderErrors.NotEditable);

        Assert.Null(order.DiscountCode);
    }

    [Theory]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Approved)]
    public void A_shipping_order_takes_no_discount_code(OrderStatus status)
    {
        var order = AnOrder.Shipping().In(status).Build();

        AssertBrokenRule(() => order.ApplyDiscountCode(Actors.CsManager, ADiscountCode.New().Build(), Now, 0), OrderErrors.NotEditable);
    }

    [Fact]
    public void A_code_the_customer_cannot_use_is_refused_and_the_order_keeps_its_current_code()
    {
        var order = AnOrder.Purchase().Build();
        var owner = Actors.OwnerOf(order);
        order.ApplyDiscountCode(owner, ADiscountCode.PercentOff(5m).Named("OLD").Build(), Now, 0);
        var expired = ADiscountCode.New().Named("EXPIRED").ValidBetween(Clock.Now.AddDays(-30), Clock.Now.AddDays(-1)).Build();
        var usedUp = ADiscountCode.New().Named("ONCE").LimitedTo(null, maxUsesPerCustomer: 1).Build();

        AssertBrokenRule(() => order.ApplyDiscountCode(owner, expired, Now.AddHours(1), 0), DiscountCode.Invalid);
        AssertBrokenRule(() => order.ApplyDiscountCode(owner, usedUp, Now.AddHours(1), customerUses: 1), DiscountCode.Invalid);

        Assert.Equal(("OLD", 5m, Now), (order.DiscountCode, order.DiscountValue, order.UpdatedAt));
    }

    [Fact]
    public void Applying_no_code_removes_the_one_applied()
    {
        var order = AnOrder.Purchase().Build();
        var owner = Actors.OwnerOf(order);
        order.ApplyDiscountCode(owner, ADiscountCode.VndOff(50_000m).Build(), Now, 0);

        order.ApplyDiscountCode(owner, null, Now.AddMinutes(5), 0);

        Assert.Equal(((string?)null, (DiscountKind?)null, 0m), (order.DiscountCode, order.DiscountKind, order.DiscountValue));
        Assert.Equal(Now.AddMinutes(5), order.UpdatedAt);
    }

    [Fact]
    public void Applying_a_code_does_not_count_a_use_that_happens_at_the_deposit()
    {
        var order = AnOrder.Purchase().Build();
        var code = ADiscountCode.New().LimitedTo(maxUses: 1).Build();

        order.ApplyDiscountCode(Actors.OwnerOf(order), code, Now, 0);

        Assert.Equal(0, code.Uses);
    }
}
