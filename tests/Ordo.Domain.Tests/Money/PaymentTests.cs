using Ordo.Domain.Money;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Money;

public class PaymentTests
{
    private const string OrderCode = "PO-2026-000123";
    private static readonly DateTimeOffset Later = Clock.Now.AddHours(2);
    private static readonly Actor Customer = Actors.NewCustomer();
    private static readonly Order Deposited = AnOrder.Purchase().OwnedBy(Customer).In(OrderStatus.Deposited).Build();
    private static readonly Guid OrderId = Deposited.Id;

    public static TheoryData<string> OnBehalfOfTheCustomer => [Roles.CsManager, Roles.Accountant, Roles.Admin];

    public static TheoryData<string> MayNotPay =>
        [Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery, Roles.VietnamWarehouse, Roles.ForwardingManager];

    public static TheoryData<string> MayNotSettleMoneyReceived =>
        [Roles.Customer, Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.Delivery];

    public static TheoryData<decimal> RefusedAmounts => [0m, -1m, 100_000.5m, 3_000_001m];

    [Fact]
    public void A_customer_pays_towards_their_own_order()
    {
        var payment = Payment.Request(Customer, Deposited, 1_000_000m, 3_000_000m, PaymentMethod.BankTransfer, "  CK PO-2026-000123  ", Clock.Now);

        Assert.Equal(PaymentStatus.Pending, payment.Status);
        Assert.Equal((OrderId, Customer.UserId, 1_000_000m, PaymentMethod.BankTransfer), (payment.OrderId, payment.CustomerId, payment.AmountVnd, payment.Method));
        Assert.Equal("CK PO-2026-000123", payment.Reference);
        Assert.Equal((Clock.Now, Customer.UserId, Customer.Name), (payment.RequestedAt, payment.RequestedById, payment.RequestedByName));
        Assert.Null(payment.JournalEntryId);
    }

    [Theory]
    [MemberData(nameof(OnBehalfOfTheCustomer))]
    public void The_cs_manager_or_an_accountant_pays_on_the_customer_s_behalf(string role)
    {
        var staff = Actors.Staff("Nhân viên", role);

        var payment = Payment.Request(staff, Deposited, 1_000_000m, 3_000_000m, PaymentMethod.Office, null, Clock.Now);

        Assert.Equal(Customer.UserId, payment.CustomerId);
        Assert.Equal(staff.UserId, payment.RequestedById);
    }

    [Theory]
    [MemberData(nameof(MayNotPay))]
    public void Other_staff_may_not_pay_for_a_customer(string role) =>
        AssertForbidden(
            () => Payment.Request(Actors.Staff("Người khác", role), Deposited, 1_000_000m, 3_000_000m, PaymentMethod.Wallet, null, Clock.Now),
            MoneyErrors.RoleNotAllowed);

    [Fact]
    public void A_customer_may_not_pay_for_someone_else_s_order() =>
        AssertForbidden(
            () => Payment.Request(Actors.NewCustomer("Trần Văn Khác"), Deposited, 1_000_000m, 3_000_000m, PaymentMethod.Wallet, null, Clock.Now),
            MoneyErrors.RoleNotAllowed);

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void A_payment_is_a_positive_whole_number_of_dong_no_more_than_what_is_due(decimal amountVnd) =>
        AssertInvalid(() => Request(amountVnd, dueVnd: 3_000_000m), "amountVnd");

    [Fact]
    public void Exactly_what_is_due_may_be_paid() =>
        Assert.Equal(3_000_000m, Request(3_000_000m, dueVnd: 3_000_000m).AmountVnd);

    [Fact]
    public void An_unknown_method_and_a_long_reference_are_refused() =>
        AssertInvalid(
            () => Payment.Request(Customer, Deposited, 1_000m, 3_000_000m, (PaymentMethod)5, new string('x', 201), Clock.Now),
            "method", "reference");

    [Theory]
    [InlineData(0)]
    [InlineData(-250_000)]
    public void Nothing_can_be_paid_on_an_order_with_nothing_due(int dueVnd) =>
        AssertBrokenRule(() => Request(100_000m, dueVnd), "payment.nothing_due");

    [Fact]
    public void A_wallet_payment_settles_from_the_wallet_onto_the_order()
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.Wallet);

        var entry = payment.Settle(Customer, OrderCode, Later);

        Assert.Equal(
            [(LedgerAccount.Wallet(Customer.UserId), 1_000_000m), (LedgerAccount.Order(OrderId), -1_000_000m)],
            entry.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal(-1_000_000m, Wallet.ChangeBy(entry, Customer.UserId));
        Assert.Equal((JournalEntryKind.OrderPayment, (Guid?)OrderId, (Guid?)Customer.UserId, (Guid?)payment.Id), (entry.Kind, entry.OrderId, entry.CustomerId, entry.SourceId));
        Assert.Equal("Payment for PO-2026-000123 (Wallet)", entry.Description);
        Assert.Equal((PaymentStatus.Paid, (DateTimeOffset?)Later, Customer.Name, (Guid?)entry.Id), (payment.Status, payment.DecidedAt, payment.DecidedByName, payment.JournalEntryId));
    }

    [Theory]
    [InlineData(PaymentMethod.BankTransfer)]
    [InlineData(PaymentMethod.Office)]
    public void Money_paid_to_the_bank_or_the_office_waits_for_an_accountant(PaymentMethod method)
    {
        var payment = Request(1_000_000m, 3_000_000m, method);

        AssertForbidden(() => payment.Settle(Customer, OrderCode, Later), MoneyErrors.RoleNotAllowed);
        Assert.Equal(PaymentStatus.Pending, payment.Status);
    }

    [Theory]
    [MemberData(nameof(MayNotSettleMoneyReceived))]
    public void Only_an_accountant_confirms_money_received_for_an_order(string role)
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.BankTransfer);

        AssertForbidden(() => payment.Settle(Actors.Staff("Người khác", role), OrderCode, Later), MoneyErrors.RoleNotAllowed);
    }

    [Theory]
    [InlineData(PaymentMethod.BankTransfer, LedgerAccountKind.VnBank)]
    [InlineData(PaymentMethod.Office, LedgerAccountKind.VnCash)]
    public void An_accountant_settles_money_received_into_the_bank_or_the_office_cash_leaving_the_wallet_alone(PaymentMethod method, LedgerAccountKind received)
    {
        var payment = Request(1_000_000m, 3_000_000m, method);

        var entry = payment.Settle(Actors.Accountant, OrderCode, Later);

        Assert.Equal(
            [(LedgerAccount.Company(received), 1_000_000m), (LedgerAccount.Order(OrderId), -1_000_000m)],
            entry.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal(0m, Wallet.ChangeBy(entry, Customer.UserId));
        Assert.Equal((PaymentStatus.Paid, Actors.Accountant.Name), (payment.Status, payment.DecidedByName));
    }

    [Theory]
    [InlineData(PaymentMethod.Wallet)]
    [InlineData(PaymentMethod.BankTransfer)]
    public void A_settled_payment_cannot_be_settled_or_rejected_again(PaymentMethod method)
    {
        var payment = Request(1_000_000m, 3_000_000m, method);
        var entry = payment.Settle(Actors.Accountant, OrderCode, Later);

        AssertBrokenRule(() => payment.Settle(Actors.Accountant, OrderCode, Later), MoneyErrors.AlreadyDecided);
        AssertBrokenRule(() => payment.Reject(Actors.Accountant, "Nhầm", Later), MoneyErrors.AlreadyDecided);
        Assert.Equal((PaymentStatus.Paid, (Guid?)entry.Id, (string?)null), (payment.Status, payment.JournalEntryId, payment.RejectReason));
    }

    [Fact]
    public void An_accountant_rejects_a_payment_that_never_arrived_with_a_reason()
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.BankTransfer);

        payment.Reject(Actors.Accountant, "  Không thấy tiền về  ", Later);

        Assert.Equal(PaymentStatus.Rejected, payment.Status);
        Assert.Equal("Không thấy tiền về", payment.RejectReason);
        Assert.Equal(((DateTimeOffset?)Later, Actors.Accountant.Name), (payment.DecidedAt, payment.DecidedByName));
        Assert.Null(payment.JournalEntryId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Rejecting_a_payment_needs_a_reason(string? reason)
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.BankTransfer);

        AssertInvalid(() => payment.Reject(Actors.Accountant, reason, Later), "reason");
        Assert.Equal(PaymentStatus.Pending, payment.Status);
    }

    [Theory]
    [MemberData(nameof(MayNotSettleMoneyReceived))]
    public void Only_an_accountant_rejects_a_payment(string role)
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.BankTransfer);

        AssertForbidden(() => payment.Reject(Actors.Staff("Người khác", role), "Không thấy tiền về", Later), MoneyErrors.RoleNotAllowed);
        Assert.Equal(PaymentStatus.Pending, payment.Status);
    }

    [Fact]
    public void A_rejected_payment_cannot_be_rejected_again_or_settled()
    {
        var payment = Request(1_000_000m, 3_000_000m, PaymentMethod.Office);
        payment.Reject(Actors.Accountant, "Không thấy tiền về", Later);

        AssertBrokenRule(() => payment.Reject(Actors.Accountant, "Lần nữa", Later), MoneyErrors.AlreadyDecided);
        AssertBrokenRule(() => payment.Settle(Actors.Accountant, OrderCode, Later), MoneyErrors.AlreadyDecided);
        Assert.Equal(PaymentStatus.Rejected, payment.Status);
        Assert.Null(payment.JournalEntryId);
    }

    private static Payment Request(decimal amountVnd, decimal dueVnd, PaymentMethod method = PaymentMethod.Wallet) =>
        Payment.Request(Customer, Deposited, amountVnd, dueVnd, method, null, Clock.Now);
}
