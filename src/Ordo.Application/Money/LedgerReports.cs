using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money;

/// <summary>The accountant's views over the ledger: trial balance, VN and CN money books (debts: <see cref="Debts.DebtReports"/>).</summary>
public sealed class LedgerReports(OrdoDbContext db, LedgerLines lines)
{
    public const int MaxBookPageSize = 500;

    public sealed record TrialBalanceRow(LedgerAccountKind Account, Currency Currency, decimal Debit, decimal Credit, decimal Balance);

    public sealed record TrialBalance(IReadOnlyList<TrialBalanceRow> Accounts, IReadOnlyDictionary<Currency, decimal> SumOfLines);

    public sealed record BookLine(Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, LedgerAccountKind Account, decimal In, decimal Out, decimal Balance, string? Memo = null);

    public sealed record MoneyBook(string Book, Currency Currency, DateTimeOffset? From, DateTimeOffset? To, decimal Opening, decimal TotalIn, decimal TotalOut, decimal Closing, IReadOnlyList<BookLine> Lines,
        int Total, int Page, int PageSize);

    /// <summary>One GROUP BY in the database: debits and credits per account kind and currency.</summary>
    public async Task<TrialBalance> TrialBalanceAsync(Actor actor, CancellationToken ct)
    {
        AccountingAccess.Ensure(actor);
        var sums = await db.JournalLines.AsNoTracking()
            .GroupBy(l => new { l.AccountKind, l.Currency })
            .Select(g => new
            {
                g.Key.AccountKind,
                g.Key.Currency,
                Debit = g.Sum(l => l.Amount > 0 ? l.Amount : 0m),
                Credit = -g.Sum(l => l.Amount < 0 ? l.Amount : 0m),
            })
            .ToListAsync(ct);
        var rows = sums
            .Select(s => new TrialBalanceRow(s.AccountKind, s.Currency, s.Debit, s.Credit,
                new LedgerAccount(s.AccountKind, null, s.Currency).BalanceOf(s.Debit - s.Credit).Amount))
            .OrderBy(r => r.Currency).ThenBy(r => r.Account)
            .ToList();
        return new TrialBalance(rows, rows.GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Debit - r.Credit)));
    }

    /// <summary>
    /// VN book: VND through the bank and the office cash box. CN book: CNY paid out in China. Newest first, paged;
    /// each line shows the book's balance right after it.
    /// </summary>
    public async Task<MoneyBook> BookAsync(Actor actor, string book, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken ct)
    {
        AccountingAccess.Ensure(actor);
        var accounts = book.ToLowerInvariant() switch
        {
            "vn" => new[] { LedgerAccount.VnBank, LedgerAccount.VnCash },
            "cn" => [LedgerAccount.CnPayment],
            _ => throw new DomainValidationException("book", "must be vn or cn"),
        };
        new Check().Paging(page, pageSize, MaxBookPageSize)
            .Period(from, to).ThrowIfAny();
        var read = await lines.NewestFirstAsync([.. accounts.Select(a => a.Key)], from, to, page, pageSize, ct);
        return new MoneyBook(book.ToUpperInvariant(), accounts[0].Currency, from, to, read.OpeningSum, read.Debits, read.Credits, read.ClosingSum,
            [.. read.Lines.Select(l => new BookLine(l.EntryId, l.At, l.Kind, l.Description, l.Account, Math.Max(l.Amount, 0), Math.Max(-l.Amount, 0), l.Sum, l.Memo))],
            read.Total, page, pageSize);
    }
}
