using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>Whatever is posted, the books balance: every currency's lines sum to zero, before and after reversals.</summary>
public class LedgerPropertyTests
{
    private static readonly LedgerAccount[] VndAccounts =
    [
        LedgerAccount.VnBank, LedgerAccount.VnCash, LedgerAccount.Company(LedgerAccountKind.ServiceFeeRevenue),
        LedgerAccount.Company(LedgerAccountKind.ShippingRevenue), LedgerAccount.Company(LedgerAccountKind.Refunds),
        LedgerAccount.Company(LedgerAccountKind.Discounts), LedgerAccount.Company(LedgerAccountKind.Adjustments),
        LedgerAccount.Wallet(Guid.NewGuid()), LedgerAccount.Wallet(Guid.NewGuid()), LedgerAccount.Order(Guid.NewGuid()),
    ];

    private static readonly LedgerAccount[] CnyAccounts =
        [LedgerAccount.CnPayment, LedgerAccount.Company(LedgerAccountKind.ShopPayables, Currency.CNY)];

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20260314)]
    public void The_lines_of_any_number_of_balanced_entries_sum_to_zero_per_currency_and_stay_so_after_reversals(int seed)
    {
        var random = new Random(seed);
        var entries = new List<JournalEntry>();
        for (var i = 0; i < 300; i++)
        {
            entries.Add(JournalEntry.Post(JournalEntryKind.Adjustment, $"Entry {i}", RandomBalancedLines(random), Actors.Accountant, Clock.Now));
        }

        AssertBooksBalance(entries);

        foreach (var entry in entries.Where(_ => random.Next(3) == 0).ToList())
        {
            entries.Add(entry.Reverse(Actors.Admin, "Sửa sai", Clock.Now));
        }

        AssertBooksBalance(entries);
        Assert.All(entries.Where(e => e.Kind == JournalEntryKind.Reversal), r => Assert.Contains(entries, e => e.Id == r.ReversesId && e.IsReversed));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public void Reversing_an_entry_brings_every_account_it_touched_back_to_where_it_was(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var entry = JournalEntry.Post(JournalEntryKind.Adjustment, "Entry", RandomBalancedLines(random), Actors.Accountant, Clock.Now);
            var reversal = entry.Reverse(Actors.Admin, "Sửa sai", Clock.Now);

            var byAccount = entry.Lines.Concat(reversal.Lines).GroupBy(l => l.AccountKey).Select(g => g.Sum(l => l.Amount));
            Assert.All(byAccount, sum => Assert.Equal(0m, sum));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    public void An_entry_knocked_off_balance_by_one_unit_is_always_refused(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var lines = RandomBalancedLines(random).ToList();
            var at = random.Next(lines.Count);
            var (account, amount) = lines[at];
            var unit = amount.Currency == Currency.VND ? 1m : 0.01m;
            var nudged = amount + new Cash(amount.IsPositive ? unit : -unit, amount.Currency);
            lines[at] = (account, nudged);

            AssertBrokenRule(() => JournalEntry.Post(JournalEntryKind.Adjustment, "Lệch", lines, Actors.Accountant, Clock.Now), JournalEntry.Unbalanced);
        }
    }

    private static void AssertBooksBalance(IEnumerable<JournalEntry> entries)
    {
        var lines = entries.SelectMany(e => e.Lines).ToList();
        Assert.Equal(0m, lines.Where(l => l.Currency == Currency.VND).Sum(l => l.Amount));
        Assert.Equal(0m, lines.Where(l => l.Currency == Currency.CNY).Sum(l => l.Amount));
    }

    /// <summary>2–5 dong lines, and sometimes 2–4 yuan lines, each set summing to zero with no zero line.</summary>
    private static List<(LedgerAccount, Cash)> RandomBalancedLines(Random random)
    {
        var lines = BalancedIn(random, VndAccounts, Currency.VND, random.Next(2, 6), () => random.Next(1, 50_000_000));
        if (random.Next(3) == 0)
        {
            lines.AddRange(BalancedIn(random, CnyAccounts, Currency.CNY, random.Next(2, 5), () => random.Next(1, 10_000_000) / 100m));
        }

        return lines;
    }

    private static List<(LedgerAccount, Cash)> BalancedIn(Random random, LedgerAccount[] accounts, Currency currency, int count, Func<decimal> amount)
    {
        var lines = new List<(LedgerAccount, Cash)>();
        var sum = 0m;
        for (var i = 0; i < count - 1; i++)
        {
            var value = random.Next(2) == 0 ? amount() : -amount();
            sum += value;
            lines.Add((accounts[random.Next(accounts.Length)], new Cash(value, currency)));
        }

        if (sum == 0m)
        {
            var extra = amount();
            sum += extra;
            lines.Add((accounts[random.Next(accounts.Length)], new Cash(extra, currency)));
        }

        lines.Add((accounts[random.Next(accounts.Length)], new Cash(-sum, currency)));
        return lines;
    }
}
