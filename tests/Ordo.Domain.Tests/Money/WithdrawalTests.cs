using Ordo.Domain.Money;

namespace Ordo.Domain.Tests.Money;

public class WithdrawalTests
{
    private const string BankAccount = "Vietcombank 0071000123456 NGUYEN VAN AN";
    private static readonly DateTimeOffset Later = Clock.Now.AddHours(5);

    public static TheoryData<string> Staff =>
        [Roles.CsManager, Roles.CsStaff, Roles.Accountant, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery];

    public static TheoryData<string> MayNotDecide => [Roles.Customer, Roles.CsManager, Roles.CsStaff, Roles.OrderManager];

    public static TheoryData<decimal> RefusedAmounts => [0m, -1m, 100_000.5m, TopUp.MaxAmountVnd + 1m];

    [Fact]
    public void A_customer_asks_to_take_wallet_money_out_to_a_bank_account()
    {
        var customer = Actors.NewCustomer();

        var withdrawal = Withdrawal.Request(customer, 1_500_000m, $"  {BankAccount}  ", balanceVnd: 2_000_000m, Clock.Now);

        Assert.Equal(PaymentStatus.Pending, withdrawal.Status);
        Assert.Equal((customer.UserId, 1_500_000m, BankAccount, Clock.Now), (withdrawal.CustomerId, withdrawal.AmountVnd, withdrawal.BankAccount, withdrawal.RequestedAt));
        Assert.Null(withdrawal.JournalEntryId);
    }

    [Fact]
    public void A_customer_may_take_out_everything_available() =>
        Assert.Equal(2_000_000m, Withdrawal.Request(Actors.NewCustomer(), 2_000_000m, BankAccount, 2_000_000m, Clock.Now).AmountVnd);

    [Theory]
    [InlineData(2_000_000, 2_000_001)]
    [InlineData(0, 1)]
    [InlineData(-50_000, 10_000)]
    public void A_customer_cannot_take_out_more_than_is_available(int balanceVnd, int amountVnd) =>
        AssertBrokenRule(() => Withdrawal.Request(Actors.NewCustomer(), amountVnd, BankAccount, balanceVnd, Clock.Now), MoneyErrors.InsufficientFunds);

    [Theory]
    [MemberData(nameof(Staff))]
    public void Only_customers_withdraw_from_their_wallet(string role) =>
        AssertForbidden(() => Withdrawal.Request(Actors.Staff("Nhân viên", role), 100_000m, BankAccount, 1_000_000m, Clock.Now), MoneyErrors.RoleNotAllowed);

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void A_withdrawal_is_a_positive_whole_number_of_dong(decimal amountVnd) =>
        AssertInvalid(() => Withdrawal.Request(Actors.NewCustomer(), amountVnd, BankAccount, decimal.MaxValue, Clock.Now), "amountVnd");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_withdrawal_needs_a_bank_account(string? bankAccount) =>
        AssertInvalid(() => Withdrawal.Request(Actors.NewCustomer(), 100_000m, bankAccount, 1_000_000m, Clock.Now), "bankAccount");

    [Fact]
    public void A_bank_account_is_at_most_300_characters() =>
        AssertInvalid(() => Withdrawal.Request(Actors.NewCustomer(), 100_000m, new string('1', 301), 1_000_000m, Clock.Now), "bankAccount");

    [Fact]
    public void A_wrong_amount_and_a_missing_bank_account_are_reported_at_once() =>
        AssertInvalid(() => Withdrawal.Request(Actors.NewCustomer(), 0m, null, 1_000_000m, Clock.Now), "amountVnd", "bankAccount");

    [Fact]
    public void An_accountant_pays_it_out_and_the_entry_debits_the_wallet()
    {
        var customer = Actors.NewCustomer();
        var withdrawal = Withdrawal.Request(customer, 1_500_000m, BankAccount, 2_000_000m, Clock.Now);

        var entry = withdrawal.Pay(Actors.Accountant, Later);

        Assert.Equal(-1_500_000m, Wallet.ChangeBy(entry, customer.UserId));
        Assert.Equal(
            [(LedgerAccount.Wallet(customer.UserId), 1_500_000m), (LedgerAccount.VnBank, -1_500_000m)],
            entry.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal((JournalEntryKind.Withdrawal, (Guid?)customer.UserId, (Guid?)withdrawal.Id), (entry.Kind, entry.CustomerId, entry.SourceId));
        Assert.Equal(($"Withdrawal to {BankAccount}", BankAccount), (entry.Description, entry.Memo));
        Assert.Equal((PaymentStatus.Paid, (DateTimeOffset?)Later, Actors.Accountant.Name, (Guid?)entry.Id), (withdrawal.Status, withdrawal.DecidedAt, withdrawal.DecidedByName, withdrawal.JournalEntryId));
    }

    [Fact]
    public void An_accountant_rejects_it_with_a_reason()
    {
        var withdrawal = Withdrawal.Request(Actors.NewCustomer(), 1_500_000m, BankAccount, 2_000_000m, Clock.Now);

        withdrawal.Reject(Actors.Accountant, "  Sai tên chủ tài khoản  ", Later);

        Assert.Equal(PaymentStatus.Rejected, withdrawal.Status);
        Assert.Equal("Sai tên chủ tài khoản", withdrawal.RejectReason);
        Assert.Equal(((DateTimeOffset?)Later, Actors.Accountant.Name), (withdrawal.DecidedAt, withdrawal.DecidedByName));
        Assert.Null(withdrawal.JournalEntryId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Rejecting_a_withdrawal_needs_a_reason(string? reason)
    {
        var withdrawal = Withdrawal.Request(Actors.NewCustomer(), 1_500_000m, BankAccount, 2_000_000m, Clock.Now);

        AssertInvalid(() => withdrawal.Reject(Actors.Accountant, reason, Later), "reason");
        Assert.Equal(PaymentStatus.Pending, withdrawal.Status);
    }

    [Theory]
    [MemberData(nameof(MayNotDecide))]
    public void Only_an_accountant_pays_out_or_rejects_a_withdrawal(string role)
    {
        var withdrawal = Withdrawal.Request(Actors.NewCustomer(), 1_500_000m, BankAccount, 2_000_000m, Clock.Now);
        var someone = Actors.Staff("Người khác", role);

        AssertForbidden(() => withdrawal.Pay(someone, Later), MoneyErrors.RoleNotAllowed);
        AssertForbidden(() => withdrawal.Reject(someone, "Không", Later), MoneyErrors.RoleNotAllowed);
        Assert.Equal(PaymentStatus.Pending, withdrawal.Status);
    }

    [Fact]
    public void The_customer_cannot_pay_out_their_own_withdrawal()
    {
        var customer = Actors.NewCustomer();
        var withdrawal = Withdrawal.Request(customer, 1_500_000m, BankAccount, 2_000_000m, Clock.Now);

        AssertForbidden(() => withdrawal.Pay(customer, Later), MoneyErrors.RoleNotAllowed);
    }

    [Fact]
    public void A_paid_withdrawal_cannot_be_paid_again_or_rejected()
    {
        var withdrawal = Withdrawal.Request(Actors.NewCustomer(), 1_500_000m, BankAccount, 2_000_000m, Clock.Now);
        var entry = withdrawal.Pay(Actors.Accountant, Later);

        AssertBrokenRule(() => withdrawal.Pay(Actors.Accountant, Later), MoneyErrors.AlreadyDecided);
        AssertBrokenRule(() => withdrawal.Reject(Actors.Accountant, "Nhầm", Later), MoneyErrors.AlreadyDecided);
        Assert.Equal((PaymentStatus.Paid, (Guid?)entry.Id), (withdrawal.Status, withdrawal.JournalEntryId));
    }

    [Fact]
    public void A_rejected_withdrawal_cannot_be_rejected_again_or_paid()
    {
        var withdrawal = Withdrawal.Request(Actors.NewCustomer(), 1_500_000m, BankAccount, 2_000_000m, Clock.Now);
        withdrawal.Reject(Actors.Accountant, "Sai tài khoản", Later);

        AssertBrokenRule(() => withdrawal.Reject(Actors.Accountant, "Lần nữa", Later), MoneyErrors.AlreadyDecided);
        AssertBrokenRule(() => withdrawal.Pay(Actors.Accountant, Later), MoneyErrors.AlreadyDecided);
        Assert.Equal((PaymentStatus.Rejected, "Sai tài khoản"), (withdrawal.Status, withdrawal.RejectReason));
        Assert.Null(withdrawal.JournalEntryId);
    }
}
