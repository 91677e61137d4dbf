using Ordo.Domain.Money;
using Ordo.Domain.Money.Events;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>An administrator corrects a wallet only by new entries with a reason, and the customer hears of it.</summary>
public class WalletCorrectionTests
{
    private static readonly Guid CustomerId = Guid.NewGuid();
    private static readonly LedgerAccount Wallet = LedgerAccount.Wallet(CustomerId);

    [Theory]
    [InlineData(20_000)]
    [InlineData(-20_000)]
    public void An_adjustment_moves_the_wallet_by_the_signed_amount_and_tells_the_customer(int amount)
    {
        var entry = JournalEntry.AdjustWallet(Actors.Admin, CustomerId, amount, "  Bù phí ship ", Clock.Now);

        Assert.Equal(JournalEntryKind.Adjustment, entry.Kind);
        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.Equal(amount, Wallet.BalanceOf(entry.Lines.Single(l => l.AccountKey == Wallet.Key).Amount).Amount);
        Assert.Equal(("Adjustment: Bù phí ship", "Bù phí ship", (Guid?)CustomerId), (entry.Description, entry.Memo, entry.CustomerId));
        Assert.Equal(
            new WalletAdjusted(entry.Id, CustomerId, amount, "Bù phí ship", Actors.Admin.UserId, Clock.Now),
            Assert.Single(entry.DomainEvents));
    }

    public static TheoryData<decimal, string?, string> Refused => new()
    {
        { 0m, "Bù phí", "amountVnd" },
        { 10.5m, "Bù phí", "amountVnd" },
        { TopUp.MaxAmountVnd + 1m, "Bù phí", "amountVnd" },
        { 10_000m, null, "reason" },
        { 10_000m, "   ", "reason" },
        { 10_000m, new string('x', JournalEntry.MaxMemoLength + 1), "reason" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_adjustment_needs_a_whole_non_zero_amount_and_a_reason(decimal amount, string? reason, string field)
    {
        AssertInvalid(() => JournalEntry.AdjustWallet(Actors.Admin, CustomerId, amount, reason, Clock.Now), field);
    }

    [Theory]
    [InlineData(Roles.Accountant)]
    [InlineData(Roles.CsManager)]
    [InlineData(Roles.Customer)]
    public void Only_an_administrator_adjusts_a_wallet(string role)
    {
        AssertForbidden(() => JournalEntry.AdjustWallet(Actors.Staff("Ai đó", role), CustomerId, 10_000m, "Bù phí", Clock.Now), MoneyErrors.RoleNotAllowed);
    }

    [Fact]
    public void Reversing_an_adjustment_tells_the_customer_what_it_did_to_their_wallet()
    {
        var adjustment = JournalEntry.AdjustWallet(Actors.Admin, CustomerId, -20_000m, "Bù phí ship", Clock.Now);

        var reversal = adjustment.Reverse(Actors.Admin, " Nhập nhầm ", Clock.Now.AddHours(1));

        Assert.Equal(
            new WalletEntryReversed(reversal.Id, adjustment.Id, CustomerId, 20_000m, "Nhập nhầm", Actors.Admin.UserId, Clock.Now.AddHours(1)),
            Assert.Single(reversal.DomainEvents));
    }

    [Theory]
    [InlineData(JournalEntryKind.TopUp)]
    [InlineData(JournalEntryKind.Deposit)]
    [InlineData(JournalEntryKind.OrderPayment)]
    [InlineData(JournalEntryKind.Refund)]
    [InlineData(JournalEntryKind.Withdrawal)]
    public void Only_an_adjustment_is_reversed_the_rest_belong_to_their_own_records(JournalEntryKind kind)
    {
        var entry = JournalEntry.Post(kind, "Entry", Postings.TopUp(CustomerId, Cash.Vnd(500_000m), atOffice: false),
            Actors.Accountant, Clock.Now, customerId: CustomerId);

        AssertBrokenRule(() => entry.Reverse(Actors.Admin, "Nhập nhầm", Clock.Now), JournalEntry.NotReversible);
        Assert.False(entry.IsReversed);
    }

    [Fact]
    public void Only_an_administrator_reverses_an_entry()
    {
        var adjustment = JournalEntry.AdjustWallet(Actors.Admin, CustomerId, 10_000m, "Bù phí", Clock.Now);

        AssertForbidden(() => adjustment.Reverse(Actors.Accountant, "Nhập nhầm", Clock.Now), MoneyErrors.RoleNotAllowed);
        Assert.False(adjustment.IsReversed);
    }
}
