using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class JournalEntryTests
{
    private static readonly Guid CustomerId = Guid.NewGuid();
    private static readonly Guid OrderId = Guid.NewGuid();
    private static readonly Guid SourceId = Guid.NewGuid();
    private static readonly LedgerAccount Wallet = LedgerAccount.Wallet(CustomerId);
    private static readonly LedgerAccount ShopPayables = LedgerAccount.Company(LedgerAccountKind.ShopPayables, Currency.CNY);

    private static readonly Dictionary<string, (LedgerAccount, Cash)[]> Refused = new()
    {
        ["no lines"] = [],
        ["a single line"] = [(LedgerAccount.VnBank, Cash.Vnd(100_000m))],
        ["a single zero line"] = [(LedgerAccount.VnBank, Cash.Vnd(0m))],
        ["dong that do not sum to zero"] = [(LedgerAccount.VnBank, Cash.Vnd(100_000m)), (Wallet, Cash.Vnd(-99_999m))],
        ["two debits"] = [(LedgerAccount.VnBank, Cash.Vnd(100_000m)), (Wallet, Cash.Vnd(100_000m))],
        ["yuan that do not sum to zero"] = [(LedgerAccount.CnPayment, Cash.Cny(-500m)), (ShopPayables, Cash.Cny(499.99m))],
        ["dong balanced by yuan"] =
        [
            (LedgerAccount.VnBank, Cash.Vnd(365_000m)), (Wallet, Cash.Vnd(-365_000m)),
            (LedgerAccount.CnPayment, Cash.Cny(100m)),
        ],
        ["yuan on a dong account"] = [(LedgerAccount.VnBank, Cash.Cny(100m)), (LedgerAccount.CnPayment, Cash.Cny(-100m))],
        ["dong on a yuan account"] = [(LedgerAccount.CnPayment, Cash.Vnd(100_000m)), (LedgerAccount.VnBank, Cash.Vnd(-100_000m))],
        ["a zero line among balanced ones"] =
            [(LedgerAccount.VnBank, Cash.Vnd(100_000m)), (Wallet, Cash.Vnd(-100_000m)), (LedgerAccount.VnCash, Cash.Vnd(0m))],
        ["fractions of a dong"] = [(LedgerAccount.VnBank, Cash.Vnd(100_000.5m)), (Wallet, Cash.Vnd(-100_000.5m))],
        ["fractions of a fen"] = [(LedgerAccount.CnPayment, Cash.Cny(-12.345m)), (ShopPayables, Cash.Cny(12.345m))],
    };

    public static TheoryData<string> RefusedEntries => [.. Refused.Keys];

    [Theory]
    [MemberData(nameof(RefusedEntries))]
    public void An_entry_that_is_not_balanced_in_whole_units_of_its_accounts_currencies_is_refused(string refused) =>
        AssertBrokenRule(() => Post(Refused[refused]), JournalEntry.Unbalanced);

    [Fact]
    public void A_balanced_entry_keeps_its_lines_in_order_with_their_accounts()
    {
        var entry = Post(
            (LedgerAccount.VnBank, Cash.Vnd(300_000m)),
            (LedgerAccount.VnCash, Cash.Vnd(200_000m)),
            (Wallet, Cash.Vnd(-500_000m)),
            (LedgerAccount.CnPayment, Cash.Cny(-88.88m)),
            (ShopPayables, Cash.Cny(88.88m)));

        Assert.Equal(
            [
                (LedgerAccount.VnBank, 300_000m), (LedgerAccount.VnCash, 200_000m), (Wallet, -500_000m),
                (LedgerAccount.CnPayment, -88.88m), (ShopPayables, 88.88m),
            ],
            entry.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal(Wallet.Key, entry.Lines[2].AccountKey);
        Assert.Equal(LedgerAccountKind.CustomerWallet, entry.Lines[2].AccountKind);
        Assert.Equal(CustomerId, entry.Lines[2].OwnerId);
        Assert.Equal(Currency.CNY, entry.Lines[3].Currency);
    }

    [Fact]
    public void A_balanced_entry_keeps_what_it_is_who_posted_it_when_and_what_it_refers_to()
    {
        var entry = JournalEntry.Post(
            JournalEntryKind.Deposit, "  Deposit for PO-2026-000123  ", [(Wallet, Cash.Vnd(700_000m)), (LedgerAccount.Order(OrderId), Cash.Vnd(-700_000m))],
            Actors.Accountant, Clock.Now, OrderId, CustomerId, SourceId);

        Assert.Equal(JournalEntryKind.Deposit, entry.Kind);
        Assert.Equal("Deposit for PO-2026-000123", entry.Description);
        Assert.Equal(Clock.Now, entry.OccurredAt);
        Assert.Equal(OrderId, entry.OrderId);
        Assert.Equal(CustomerId, entry.CustomerId);
        Assert.Equal(SourceId, entry.SourceId);
        Assert.Equal(Actors.Accountant.UserId, entry.CreatedById);
        Assert.Equal(Actors.Accountant.Name, entry.CreatedByName);
        Assert.Null(entry.ReversesId);
        Assert.False(entry.IsReversed);
        Assert.NotEqual(Guid.Empty, entry.Id);
    }

    [Fact]
    public void Dong_and_yuan_each_balanced_may_share_one_entry()
    {
        var entry = Post(
            (LedgerAccount.VnBank, Cash.Vnd(365_000m)), (Wallet, Cash.Vnd(-365_000m)),
            (LedgerAccount.CnPayment, Cash.Cny(-100m)), (ShopPayables, Cash.Cny(100m)));

        Assert.Equal(4, entry.Lines.Count);
    }

    [Fact]
    public void A_reversal_negates_every_line_and_keeps_the_references()
    {
        var original = JournalEntry.Post(
            JournalEntryKind.Adjustment, "Adjustment", [(LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m))],
            Actors.Accountant, Clock.Now, OrderId, CustomerId, SourceId);

        var reversal = original.Reverse(Actors.Admin, "  Nhập nhầm số tiền  ", Clock.Now.AddHours(1));

        Assert.Equal([(LedgerAccount.VnBank, -500_000m), (Wallet, 500_000m)], reversal.Lines.Select(l => (l.Account, l.Amount)));
        Assert.Equal(JournalEntryKind.Reversal, reversal.Kind);
        Assert.Equal(("Reversal: Nhập nhầm số tiền", "Nhập nhầm số tiền"), (reversal.Description, reversal.Memo));
        Assert.Equal(original.Id, reversal.ReversesId);
        Assert.Equal((OrderId, CustomerId, SourceId), (reversal.OrderId, reversal.CustomerId, reversal.SourceId));
        Assert.Equal(Clock.Now.AddHours(1), reversal.OccurredAt);
        Assert.Equal(Actors.Admin.UserId, reversal.CreatedById);
        Assert.NotEqual(original.Id, reversal.Id);
    }

    [Fact]
    public void Reversing_marks_the_original_reversed_and_leaves_its_lines_alone()
    {
        var original = Post((LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m)));

        original.Reverse(Actors.Admin, "Nhập nhầm", Clock.Now);

        Assert.True(original.IsReversed);
        Assert.Equal([500_000m, -500_000m], original.Lines.Select(l => l.Amount));
    }

    [Fact]
    public void An_entry_cannot_be_reversed_twice()
    {
        var original = Post((LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m)));
        original.Reverse(Actors.Admin, "Nhập nhầm", Clock.Now);

        AssertBrokenRule(() => original.Reverse(Actors.Admin, "Lần nữa", Clock.Now), JournalEntry.AlreadyReversed);
    }

    [Fact]
    public void A_reversal_cannot_itself_be_reversed()
    {
        var reversal = Post((LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m))).Reverse(Actors.Admin, "Nhập nhầm", Clock.Now);

        AssertBrokenRule(() => reversal.Reverse(Actors.Admin, "Hoàn tác", Clock.Now), JournalEntry.AlreadyReversed);
        Assert.False(reversal.IsReversed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_reversal_needs_a_reason_and_without_one_the_original_stays_unreversed(string reason)
    {
        var original = Post((LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m)));

        AssertInvalid(() => original.Reverse(Actors.Admin, reason, Clock.Now), "reason");
        Assert.False(original.IsReversed);
    }

    [Fact]
    public void A_reversal_reason_is_at_most_500_characters()
    {
        var original = Post((LedgerAccount.VnBank, Cash.Vnd(500_000m)), (Wallet, Cash.Vnd(-500_000m)));

        AssertInvalid(() => original.Reverse(Actors.Admin, new string('x', 501), Clock.Now), "reason");
        Assert.False(original.IsReversed);
    }

    private static JournalEntry Post(params (LedgerAccount, Cash)[] lines) =>
        JournalEntry.Post(JournalEntryKind.Adjustment, "Điều chỉnh", lines, Actors.Accountant, Clock.Now);
}
