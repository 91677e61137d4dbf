using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>The double-entry shape of each money movement, and which way it moves the customer's wallet.</summary>
public class PostingsTests
{
    private static readonly Guid CustomerId = Guid.NewGuid();
    private static readonly Guid OrderId = Guid.NewGuid();
    private static readonly Cash Amount = Cash.Vnd(750_000m);

    private static readonly LedgerAccount CustomerWallet = LedgerAccount.Wallet(CustomerId);
    private static readonly LedgerAccount OrderPrepayment = LedgerAccount.Order(OrderId);
    private static readonly LedgerAccount Adjustments = LedgerAccount.Company(LedgerAccountKind.Adjustments);

    private static readonly Dictionary<string, Movement> Shapes = new()
    {
        ["top-up by bank transfer"] = new(Postings.TopUp(CustomerId, Amount, atOffice: false), LedgerAccount.VnBank, CustomerWallet, 750_000m),
        ["top-up at the office"] = new(Postings.TopUp(CustomerId, Amount, atOffice: true), LedgerAccount.VnCash, CustomerWallet, 750_000m),
        ["payment from the wallet"] = new(Postings.PayFromWallet(CustomerId, OrderId, Amount), CustomerWallet, OrderPrepayment, -750_000m),
        ["payment by bank transfer"] = new(Postings.PayDirect(OrderId, Amount, atOffice: false), LedgerAccount.VnBank, OrderPrepayment, 0m),
        ["payment at the office"] = new(Postings.PayDirect(OrderId, Amount, atOffice: true), LedgerAccount.VnCash, OrderPrepayment, 0m),
        ["refund to the wallet"] = new(Postings.RefundToWallet(CustomerId, OrderId, Amount), OrderPrepayment, CustomerWallet, 750_000m),
        ["withdrawal"] = new(Postings.Withdraw(CustomerId, Amount), CustomerWallet, LedgerAccount.VnBank, -750_000m),
        ["adjustment in the customer's favour"] = new(Postings.Adjust(CustomerId, Amount), Adjustments, CustomerWallet, 750_000m),
        ["adjustment against the customer"] = new(Postings.Adjust(CustomerId, Amount.Negate()), CustomerWallet, Adjustments, -750_000m),
    };

    public static TheoryData<string> Movements => [.. Shapes.Keys];

    [Theory]
    [MemberData(nameof(Movements))]
    public void Every_movement_posts_as_a_balanced_entry(string movement)
    {
        var entry = JournalEntry.Post(JournalEntryKind.Adjustment, movement, Shapes[movement].Lines, Actors.Accountant, Clock.Now);

        Assert.Equal(0m, entry.Lines.Sum(l => l.Amount));
        Assert.All(entry.Lines, l => Assert.Equal(Currency.VND, l.Currency));
    }

    [Theory]
    [MemberData(nameof(Movements))]
    public void Every_movement_debits_where_the_money_goes_and_credits_where_it_comes_from(string movement)
    {
        var shape = Shapes[movement];

        Assert.Equal(2, shape.Lines.Count);
        Assert.Contains((shape.Debited, Amount), shape.Lines);
        Assert.Contains((shape.Credited, Amount.Negate()), shape.Lines);
    }

    [Theory]
    [MemberData(nameof(Movements))]
    public void Every_movement_moves_the_wallet_balance_the_documented_way(string movement)
    {
        var (lines, _, _, walletChange) = Shapes[movement];

        var balance = CustomerWallet.BalanceOf(lines.Where(l => l.Account == CustomerWallet).Sum(l => l.Amount.Amount));

        Assert.Equal(Cash.Vnd(walletChange), balance);
    }

    [Theory]
    [MemberData(nameof(Movements))]
    public void Wallet_change_by_an_entry_is_what_the_movement_documents(string movement)
    {
        var (lines, _, _, walletChange) = Shapes[movement];
        var entry = JournalEntry.Post(JournalEntryKind.Adjustment, movement, lines, Actors.Accountant, Clock.Now);

        Assert.Equal(walletChange, Wallet.ChangeBy(entry, CustomerId));
        Assert.Equal(0m, Wallet.ChangeBy(entry, Guid.NewGuid()));
    }

    [Theory]
    [MemberData(nameof(Movements))]
    public void Reversing_a_movement_undoes_its_wallet_change(string movement)
    {
        var (lines, _, _, walletChange) = Shapes[movement];
        var entry = JournalEntry.Post(JournalEntryKind.Adjustment, movement, lines, Actors.Accountant, Clock.Now);

        var reversal = entry.Reverse(Actors.Admin, "Nhập nhầm", Clock.Now);

        Assert.Equal(-walletChange, Wallet.ChangeBy(reversal, CustomerId));
    }

    [Fact]
    public void A_wallet_balance_is_the_sum_of_its_changes()
    {
        var entries = new[]
        {
            Postings.TopUp(CustomerId, Cash.Vnd(5_000_000m), atOffice: false),
            Postings.PayFromWallet(CustomerId, OrderId, Cash.Vnd(3_500_000m)),
            Postings.RefundToWallet(CustomerId, OrderId, Cash.Vnd(200_000m)),
            Postings.Withdraw(CustomerId, Cash.Vnd(1_000_000m)),
            Postings.Adjust(CustomerId, Cash.Vnd(-50_000m)),
        }.Select(lines => JournalEntry.Post(JournalEntryKind.Adjustment, "Movement", lines, Actors.Accountant, Clock.Now));

        Assert.Equal(650_000m, entries.Sum(e => Wallet.ChangeBy(e, CustomerId)));
    }

    [Fact]
    public void Bank_and_cash_grow_with_debits_and_wallets_and_orders_with_credits()
    {
        Assert.Equal(Cash.Vnd(100m), LedgerAccount.VnBank.BalanceOf(100m));
        Assert.Equal(Cash.Vnd(100m), LedgerAccount.VnCash.BalanceOf(100m));
        Assert.Equal(Cash.Cny(100m), LedgerAccount.CnPayment.BalanceOf(100m));
        Assert.Equal(Cash.Vnd(-100m), LedgerAccount.Wallet(CustomerId).BalanceOf(100m));
        Assert.Equal(Cash.Vnd(-100m), LedgerAccount.Order(OrderId).BalanceOf(100m));
        Assert.Equal(Cash.Vnd(-100m), LedgerAccount.Company(LedgerAccountKind.ServiceFeeRevenue).BalanceOf(100m));
    }

    [Fact]
    public void An_account_key_names_kind_owner_and_currency_and_is_the_same_every_time()
    {
        var customerId = Guid.Parse("0195f3c2-7a1b-7c3d-9e4f-112233445566");

        Assert.Equal("CustomerWallet:0195f3c27a1b7c3d9e4f112233445566:VND", LedgerAccount.Wallet(customerId).Key);
        Assert.Equal("OrderPrepayment:0195f3c27a1b7c3d9e4f112233445566:VND", LedgerAccount.Order(customerId).Key);
        Assert.Equal("VnBank:VND", LedgerAccount.VnBank.Key);
        Assert.Equal("VnCash:VND", LedgerAccount.VnCash.Key);
        Assert.Equal("CnPayment:CNY", LedgerAccount.CnPayment.Key);
        Assert.Equal("ShopPayables:CNY", LedgerAccount.Company(LedgerAccountKind.ShopPayables, Currency.CNY).Key);
        Assert.Equal(LedgerAccount.Wallet(customerId).Key, LedgerAccount.Wallet(customerId).Key);
    }

    [Fact]
    public void Account_keys_differ_per_owner_kind_and_currency()
    {
        var one = Guid.NewGuid();
        var other = Guid.NewGuid();
        var accounts = new[]
        {
            LedgerAccount.Wallet(one), LedgerAccount.Wallet(other), LedgerAccount.Order(one), LedgerAccount.Order(other),
            new LedgerAccount(LedgerAccountKind.CustomerWallet, one, Currency.CNY),
            LedgerAccount.VnBank, LedgerAccount.VnCash, LedgerAccount.CnPayment,
            LedgerAccount.Company(LedgerAccountKind.Adjustments), LedgerAccount.Company(LedgerAccountKind.Adjustments, Currency.CNY),
        };

        Assert.Equal(accounts.Length, accounts.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_line_remembers_its_account_as_posted()
    {
        var entry = JournalEntry.Post(JournalEntryKind.Adjustment, "Movement", Postings.RefundToWallet(CustomerId, OrderId, Amount), Actors.Accountant, Clock.Now);

        Assert.Equal([LedgerAccount.Order(OrderId), LedgerAccount.Wallet(CustomerId)], entry.Lines.Select(l => l.Account));
        Assert.Equal([LedgerAccount.Order(OrderId).Key, LedgerAccount.Wallet(CustomerId).Key], entry.Lines.Select(l => l.AccountKey));
    }

    private sealed record Movement(IReadOnlyList<(LedgerAccount Account, Cash Amount)> Lines, LedgerAccount Debited, LedgerAccount Credited, decimal WalletChange);
}
