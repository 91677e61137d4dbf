using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class WalletTests
{
    [Fact]
    public void A_customer_s_wallet_opens_empty_under_the_customer_s_id()
    {
        var customerId = Guid.NewGuid();

        var wallet = Wallet.Open(customerId);

        Assert.Equal((customerId, customerId, 0m), (wallet.Id, wallet.CustomerId, wallet.BalanceVnd));
    }

    [Fact]
    public void Too_little_in_the_wallet_is_a_broken_rule_naming_the_amount_needed()
    {
        var error = Wallet.InsufficientFunds(1_500_000m);

        Assert.Equal(MoneyErrors.InsufficientFunds, error.Code);
        Assert.Contains("1500000 VND", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_moving_money_between_two_wallets_changes_each_by_its_own_lines()
    {
        var from = Guid.NewGuid();
        var to = Guid.NewGuid();
        var entry = JournalEntry.Post(
            JournalEntryKind.Adjustment, "Chuyển ví",
            [(LedgerAccount.Wallet(from), Cash.Vnd(300_000m)), (LedgerAccount.Wallet(to), Cash.Vnd(-300_000m))],
            Actors.Admin, Clock.Now);

        Assert.Equal(-300_000m, Wallet.ChangeBy(entry, from));
        Assert.Equal(300_000m, Wallet.ChangeBy(entry, to));
    }

    [Fact]
    public void Several_lines_on_one_wallet_add_up()
    {
        var customerId = Guid.NewGuid();
        var entry = JournalEntry.Post(
            JournalEntryKind.Adjustment, "Gộp",
            [
                (LedgerAccount.VnBank, Cash.Vnd(500_000m)), (LedgerAccount.Wallet(customerId), Cash.Vnd(-500_000m)),
                (LedgerAccount.Wallet(customerId), Cash.Vnd(200_000m)), (LedgerAccount.Order(Guid.NewGuid()), Cash.Vnd(-200_000m)),
            ],
            Actors.Accountant, Clock.Now);

        Assert.Equal(300_000m, Wallet.ChangeBy(entry, customerId));
    }

    [Fact]
    public void An_entry_that_does_not_touch_the_wallet_leaves_it_alone()
    {
        var customerId = Guid.NewGuid();
        var entry = JournalEntry.Post(
            JournalEntryKind.OrderPayment, "Chuyển khoản", Postings.PayDirect(Guid.NewGuid(), Cash.Vnd(1_000_000m), atOffice: false),
            Actors.Accountant, Clock.Now, customerId: customerId);

        Assert.Equal(0m, Wallet.ChangeBy(entry, customerId));
    }
}
