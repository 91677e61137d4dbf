using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class TopUpTests
{
    private static readonly Guid CustomerId = Guid.NewGuid();
    private static readonly DateTimeOffset Later = Clock.Now.AddHours(3);

    public static TheoryData<decimal> RefusedAmounts => [0m, -1m, -500_000m, 500_000.5m, 0.01m, TopUp.MaxAmountVnd + 1m, decimal.MaxValue];

    public static TheoryData<decimal> AcceptedAmounts => [1m, 500_000m, 500_000.00m, TopUp.MaxAmountVnd];

    public static TheoryData<string> MayDecide => [Roles.Accountant, Roles.Admin];

    public static TheoryData<string> MayNotDecide =>
        [Roles.Customer, Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Delivery, Roles.VietnamWarehouse];

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void A_top_up_is_a_positive_whole_number_of_dong_up_to_the_maximum(decimal amountVnd) =>
        AssertInvalid(() => TopUp.Request(CustomerId, amountVnd, TopUpMethod.BankTransfer, null, Clock.Now), "amountVnd");

    [Theory]
    [MemberData(nameof(AcceptedAmounts))]
    public void A_sensible_amount_is_requested_as_it_was_typed(decimal amountVnd) =>
        Assert.Equal(amountVnd, TopUp.Request(CustomerId, amountVnd, TopUpMethod.BankTransfer, null, Clock.Now).AmountVnd);

    [Fact]
    public void A_top_up_method_must_be_bank_transfer_or_office() =>
        AssertInvalid(() => TopUp.Request(CustomerId, 500_000m, (TopUpMethod)7, null, Clock.Now), "method");

    [Fact]
    public void A_reference_is_at_most_200_characters()
    {
        AssertInvalid(() => TopUp.Request(CustomerId, 500_000m, TopUpMethod.BankTransfer, new string('x', 201), Clock.Now), "reference");
        Assert.Equal(200, TopUp.Request(CustomerId, 500_000m, TopUpMethod.BankTransfer, new string('x', 200), Clock.Now).Reference?.Length);
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once() =>
        AssertInvalid(() => TopUp.Request(CustomerId, 0m, (TopUpMethod)7, new string('x', 201), Clock.Now), "amountVnd", "method", "reference");

    [Fact]
    public void A_requested_top_up_is_pending_and_adds_nothing_yet()
    {
        var topUp = TopUp.Request(CustomerId, 2_000_000m, TopUpMethod.BankTransfer, "  NAP ORDO 0901234567  ", Clock.Now);

        Assert.Equal(TopUpStatus.Pending, topUp.Status);
        Assert.Equal(CustomerId, topUp.CustomerId);
        Assert.Equal(2_000_000m, topUp.AmountVnd);
        Assert.Equal(TopUpMethod.BankTransfer, topUp.Method);
        Assert.Equal("NAP ORDO 0901234567", topUp.Reference);
        Assert.Equal(Clock.Now, topUp.RequestedAt);
        Assert.Null(topUp.ReceivedVnd);
        Assert.Null(topUp.JournalEntryId);
        Assert.Null(topUp.DecidedAt);
    }

    [Fact]
    public void A_blank_reference_is_no_reference() =>
        Assert.Null(TopUp.Request(CustomerId, 500_000m, TopUpMethod.Office, "   ", Clock.Now).Reference);

    [Theory]
    [MemberData(nameof(MayDecide))]
    public void An_accountant_confirms_what_was_received_and_the_entry_credits_the_wallet_by_that_amount(string role)
    {
        var accountant = Actors.Staff("Kế toán", role);
        var topUp = TopUp.Request(CustomerId, 2_000_000m, TopUpMethod.BankTransfer, "NAP ORDO", Clock.Now);

        var entry = topUp.Confirm(accountant, 1_999_000m, Later);

        Assert.Equal(TopUpStatus.Confirmed, topUp.Status);
        Assert.Equal(1_999_000m, topUp.ReceivedVnd);
        Assert.Equal(2_000_000m, topUp.AmountVnd);
        Assert.Equal(1_999_000m, Wallet.ChangeBy(entry, CustomerId));
        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.Equal([(LedgerAccount.VnBank, 1_999_000m), (LedgerAccount.Wallet(CustomerId), -1_999_000m)], entry.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal((JournalEntryKind.TopUp, CustomerId, topUp.Id), (entry.Kind, entry.CustomerId, entry.SourceId));
        Assert.Equal(entry.Id, topUp.JournalEntryId);
        Assert.Equal((Later, accountant.UserId, accountant.Name), (topUp.DecidedAt, topUp.DecidedById, topUp.DecidedByName));
        Assert.Equal(("Top-up by bank transfer NAP ORDO", "NAP ORDO"), (entry.Description, entry.Memo));
    }

    [Fact]
    public void More_can_be_received_than_was_asked()
    {
        var topUp = TopUp.Request(CustomerId, 2_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        var entry = topUp.Confirm(Actors.Accountant, 2_500_000m, Later);

        Assert.Equal(2_500_000m, Wallet.ChangeBy(entry, CustomerId));
        Assert.Equal("Top-up by bank transfer", entry.Description);
    }

    [Fact]
    public void Money_brought_to_the_office_goes_into_the_office_cash()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.Office, null, Clock.Now);

        var entry = topUp.Confirm(Actors.Accountant, 1_000_000m, Later);

        Assert.Contains(entry.Lines, l => l.Account == LedgerAccount.VnCash && l.Amount == 1_000_000m);
        Assert.Equal(1_000_000m, Wallet.ChangeBy(entry, CustomerId));
        Assert.Equal(("Top-up at the office", (string?)null), (entry.Description, entry.Memo));
    }

    [Fact]
    public void The_bank_statement_line_that_confirmed_a_top_up_is_kept()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        topUp.Confirm(Actors.Accountant, 1_000_000m, Later, "VCB-20260314-000123");

        Assert.Equal("VCB-20260314-000123", topUp.StatementReference);
    }

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void The_amount_received_is_validated_like_a_request(decimal receivedVnd)
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        AssertInvalid(() => topUp.Confirm(Actors.Accountant, receivedVnd, Later), "amountReceivedVnd");
        Assert.Equal(TopUpStatus.Pending, topUp.Status);
    }

    [Theory]
    [MemberData(nameof(MayNotDecide))]
    public void Only_an_accountant_confirms_a_top_up(string role)
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        AssertForbidden(() => topUp.Confirm(Actors.Staff("Người khác", role), 1_000_000m, Later), MoneyErrors.RoleNotAllowed);
        Assert.Equal(TopUpStatus.Pending, topUp.Status);
    }

    [Theory]
    [MemberData(nameof(MayNotDecide))]
    public void Only_an_accountant_rejects_a_top_up(string role)
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        AssertForbidden(() => topUp.Reject(Actors.Staff("Người khác", role), "Không thấy tiền về", Later), MoneyErrors.RoleNotAllowed);
        Assert.Equal(TopUpStatus.Pending, topUp.Status);
    }

    [Fact]
    public void The_customer_who_asked_cannot_confirm_their_own_top_up()
    {
        var customer = Actors.NewCustomer();
        var topUp = TopUp.Request(customer.UserId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        AssertForbidden(() => topUp.Confirm(customer, 1_000_000m, Later), MoneyErrors.RoleNotAllowed);
    }

    [Theory]
    [MemberData(nameof(MayDecide))]
    public void An_accountant_rejects_a_top_up_with_a_reason(string role)
    {
        var accountant = Actors.Staff("Kế toán", role);
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        topUp.Reject(accountant, "  Không thấy tiền về  ", Later);

        Assert.Equal(TopUpStatus.Rejected, topUp.Status);
        Assert.Equal("Không thấy tiền về", topUp.RejectReason);
        Assert.Equal((Later, accountant.UserId, accountant.Name), (topUp.DecidedAt, topUp.DecidedById, topUp.DecidedByName));
        Assert.Null(topUp.ReceivedVnd);
        Assert.Null(topUp.JournalEntryId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_a_top_up_needs_a_reason(string? reason)
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);

        AssertInvalid(() => topUp.Reject(Actors.Accountant, reason, Later), "reason");
        Assert.Equal(TopUpStatus.Pending, topUp.Status);
    }

    [Fact]
    public void A_confirmed_top_up_cannot_be_confirmed_again()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);
        var entry = topUp.Confirm(Actors.Accountant, 1_000_000m, Later);

        AssertBrokenRule(() => topUp.Confirm(Actors.Accountant, 1_000_000m, Later.AddMinutes(1)), MoneyErrors.AlreadyDecided);
        Assert.Equal((TopUpStatus.Confirmed, entry.Id, Later), (topUp.Status, topUp.JournalEntryId, topUp.DecidedAt));
    }

    [Fact]
    public void A_confirmed_top_up_cannot_be_rejected()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);
        topUp.Confirm(Actors.Accountant, 1_000_000m, Later);

        AssertBrokenRule(() => topUp.Reject(Actors.Accountant, "Nhầm", Later), MoneyErrors.AlreadyDecided);
        Assert.Equal(TopUpStatus.Confirmed, topUp.Status);
        Assert.Null(topUp.RejectReason);
    }

    [Fact]
    public void A_rejected_top_up_cannot_be_rejected_again_or_confirmed()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);
        topUp.Reject(Actors.Accountant, "Không thấy tiền về", Later);

        AssertBrokenRule(() => topUp.Reject(Actors.Accountant, "Lần nữa", Later), MoneyErrors.AlreadyDecided);
        AssertBrokenRule(() => topUp.Confirm(Actors.Accountant, 1_000_000m, Later), MoneyErrors.AlreadyDecided);
        Assert.Equal(TopUpStatus.Rejected, topUp.Status);
        Assert.Equal("Không thấy tiền về", topUp.RejectReason);
    }

    [Fact]
    public void A_top_up_confirmed_by_mistake_is_corrected_by_an_adjustment_not_by_reversing_its_entry()
    {
        var topUp = TopUp.Request(CustomerId, 1_000_000m, TopUpMethod.BankTransfer, null, Clock.Now);
        var entry = topUp.Confirm(Actors.Accountant, 1_000_000m, Later);

        AssertBrokenRule(() => entry.Reverse(Actors.Admin, "Xác nhận nhầm", Later.AddHours(1)), JournalEntry.NotReversible);
        var correction = JournalEntry.AdjustWallet(Actors.Admin, CustomerId, -1_000_000m, "Xác nhận nhầm", Later.AddHours(1));

        Assert.Equal(0m, Wallet.ChangeBy(entry, CustomerId) + Wallet.ChangeBy(correction, CustomerId));
        Assert.Equal(Cash.Vnd(0m), Cash.Vnd(entry.Lines.Concat(correction.Lines).Sum(l => l.Amount)));
    }
}
