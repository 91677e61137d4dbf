using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class OrderDepositTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddHours(4);
    private static readonly OrderPricing Pricing = new(ExchangeRate.Of(3_650m), FeeSchedule.Default, PricingTerms.None, Cash.Zero(Currency.VND));

    public static TheoryData<string> StaffWhoMayTakeADeposit => [Roles.CsManager, Roles.Accountant, Roles.Admin];

    public static TheoryData<string> OnlyAnAccountantRecordsMoneyReceived => [Roles.Customer, Roles.CsManager, Roles.CsStaff, Roles.OrderManager];

    public static TheoryData<string> StaffWhoMayNot => [Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery, Roles.ChinaWarehouse];

    public static TheoryData<OrderStatus> PurchaseStatusesOtherThanApproved =>
        [.. AnOrder.Reachable(OrderKind.Purchase).Where(s => s != OrderStatus.Approved).Order()];

    public static TheoryData<OrderStatus> ShippingStatuses => [.. AnOrder.Reachable(OrderKind.Shipping).Order()];

    [Fact]
    public void The_customer_pays_the_deposit_of_an_approved_order_which_moves_it_to_deposited()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var owner = Actors.OwnerOf(order);

        order.PayDeposit(owner, Pricing, DepositPayment.FromWallet, Now);

        Assert.Equal(OrderStatus.Deposited, order.Status);
        Assert.Equal(Now, order.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayTakeADeposit))]
    public void The_cs_manager_or_an_accountant_records_the_deposit_for_the_customer(string role)
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.PayDeposit(Actors.Staff("Nhân viên", role), Pricing, DepositPayment.FromWallet, Now);

        Assert.Equal(OrderStatus.Deposited, order.Status);
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayNot))]
    public void Other_staff_may_not_record_a_deposit(string role)
    {
        var order = AnOrder.Purchase().Approved().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.PayDeposit(Actors.Staff("Người khác", role), Pricing, DepositPayment.FromWallet, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Another_customer_may_not_pay_the_deposit()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.PayDeposit(Actors.NewCustomer("Người lạ"), Pricing, DepositPayment.FromWallet, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(PurchaseStatusesOtherThanApproved))]
    public void Only_an_approved_order_takes_a_deposit(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(ShippingStatuses))]
    public void A_shipping_order_takes_no_deposit(OrderStatus status)
    {
        var order = AnOrder.Shipping().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void The_deposit_is_written_in_the_history_with_its_amount_and_the_customer_is_told()
    {
        var order = AnOrder.Purchase().Approved().Build();

        order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now);

        var entry = order.History[^1];
        Assert.Equal(OrderHistoryAction.Deposited, entry.Action);
        Assert.Equal((OrderStatus?)OrderStatus.Approved, entry.From);
        Assert.Equal(OrderStatus.Deposited, entry.To);
        Assert.Equal((Now, Actors.Accountant.UserId, Actors.Accountant.Name), (entry.At, entry.ByUserId, entry.ByName));
        Assert.Equal($"{order.Price(Pricing).Deposit.Amount:0} VND", entry.Remark);
        Assert.True(entry.CustomerNotified);
    }

    [Fact]
    public void Paying_the_deposit_raises_order_deposited()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var owner = Actors.OwnerOf(order);

        order.PayDeposit(owner, Pricing, DepositPayment.FromWallet, Now);

        Assert.Equal(
            new OrderDeposited(order.Id, order.Code, order.CustomerId, order.Price(Pricing).Deposit.Amount, owner.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void A_deposit_cannot_be_paid_twice()
    {
        var order = AnOrder.Purchase().Approved().Build();
        order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now);

        AssertBrokenRule(() => order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now.AddMinutes(1)), OrderErrors.IllegalTransition);
        Assert.Single(order.History, h => h.Action == OrderHistoryAction.Deposited);
        Assert.Single(order.DomainEvents);
    }

    [Fact]
    public void A_new_order_has_no_price_fixed_yet()
    {
        var order = AnOrder.Purchase().Approved().Build();

        Assert.Equal((null, null), (order.VndPerCny, order.PricedAt));
    }

    [Fact]
    public void The_deposit_fixes_the_price_it_was_paid_at_the_rate_the_moment_and_the_customer_s_terms()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var pricing = Pricing with { Rate = ExchangeRate.Of(3_650.5m), Terms = new PricingTerms(2.5m, 10m, 50m) };

        order.PayDeposit(Actors.OwnerOf(order), pricing, DepositPayment.FromWallet, Now);

        Assert.Equal((3_650.5m, Now, new PricingTerms(2.5m, 10m, 50m)), (order.VndPerCny, order.PricedAt, order.PricedTerms));
    }

    [Fact]
    public void The_deposit_is_what_the_pricing_asks_and_moves_from_the_wallet_to_the_order()
    {
        var order = AnOrder.Purchase().Approved().Build();
        var owner = Actors.OwnerOf(order);
        var deposit = order.Price(Pricing).Deposit;

        var entry = order.PayDeposit(owner, Pricing, DepositPayment.FromWallet, Now);

        Assert.Equal(JournalEntryKind.Deposit, entry.Kind);
        Assert.Equal((order.Id, order.CustomerId), (entry.OrderId, entry.CustomerId));
        Assert.Equal(-deposit.Amount, Wallet.ChangeBy(entry, order.CustomerId));
        Assert.Equal(deposit, LedgerAccount.Order(order.Id).BalanceOf(entry.Lines.Where(l => l.AccountKey == LedgerAccount.Order(order.Id).Key).Sum(l => l.Amount)));
    }

    [Fact]
    public void An_accountant_records_a_deposit_paid_by_transfer_which_leaves_the_wallet_alone()
    {
        var order = AnOrder.Purchase().Approved().Build();

        var entry = order.PayDeposit(Actors.Accountant, Pricing, new DepositPayment(PaymentMethod.BankTransfer, "  CK PO-2026-000123 "), Now);

        Assert.Equal(OrderStatus.Deposited, order.Status);
        Assert.Equal(0m, Wallet.ChangeBy(entry, order.CustomerId));
        Assert.Equal("CK PO-2026-000123", entry.Memo);
    }

    [Theory]
    [MemberData(nameof(OnlyAnAccountantRecordsMoneyReceived))]
    public void Only_an_accountant_records_a_deposit_paid_by_transfer_or_at_the_office(string who)
    {
        var order = AnOrder.Purchase().Approved().Build();
        var actor = who == Roles.Customer ? Actors.OwnerOf(order) : Actors.Staff("Người khác", who);
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.PayDeposit(actor, Pricing, new DepositPayment(PaymentMethod.Office, null), Now), MoneyErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
        Assert.Null(order.PricedAt);
    }

    [Fact]
    public void A_second_deposit_is_refused_and_the_price_stays_as_the_first_fixed_it()
    {
        var order = AnOrder.Purchase().Approved().Build();
        order.PayDeposit(Actors.Accountant, Pricing, DepositPayment.FromWallet, Now);

        AssertBrokenRule(
            () => order.PayDeposit(Actors.Accountant, Pricing with { Rate = ExchangeRate.Of(3_700m), Terms = new PricingTerms(1m, 0m, 90m) }, DepositPayment.FromWallet, Now.AddDays(1)),
            OrderErrors.IllegalTransition);

        Assert.Equal((3_650m, Now, PricingTerms.None), (order.VndPerCny, order.PricedAt, order.PricedTerms));
    }
}
