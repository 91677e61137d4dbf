using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money;

/// <summary>The accountant's views over the ledger: trial balance, VN and CN money books (debts: <see cref="Debts.DebtReports"/>).</summary>
public sealed class LedgerReports(OrdoDbContext db)
{
    public sealed record TrialBalanceRow(LedgerAccountKind Account, Currency Currency, decimal Debit, decimal Credit, decimal Balance);

    public sealed record TrialBalance(IReadOnlyList<TrialBalanceRow> Accounts, IReadOnlyDictionary<Currency, decimal> SumOfLines);

    public sealed record BookLine(Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, LedgerAccountKind Account, decimal In, decimal Out, decimal Balance, string? Memo = null);

    public sealed record MoneyBook(string Book, Currency Currency, DateTimeOffset? From, DateTimeOffset? To, decimal Opening, decimal TotalIn, decimal TotalOut, decimal Closing, IReadOnlyList<BookLine> Lines);

    public async Task<TrialBalance> TrialBalanceAsync(Actor actor, CancellationToken ct)
    {
        EnsureAccounting(actor);
        var lines = await db.JournalLines.AsNoTracking().Select(l => new { l.AccountKind, l.OwnerId, l.Currency, l.Amount }).ToListAsync(ct);
        var rows = lines.GroupBy(l => (l.AccountKind, l.Currency))
            .Select(g =>
            {
                var debit = g.Where(l => l.Amount > 0).Sum(l => l.Amount);
                var credit = -g.Where(l => l.Amount < 0).Sum(l => l.Amount);
                var account = new LedgerAccount(g.Key.AccountKind, null, g.Key.Currency);
                return new TrialBalanceRow(g.Key.AccountKind, g.Key.Currency, debit, credit, account.BalanceOf(debit - credit).Amount);
            })
            .OrderBy(r => r.Currency).ThenBy(r => r.Account)
            .ToList();
        var sums = lines.GroupBy(l => l.Currency).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        return new TrialBalance(rows, sums);
    }

    /// <summary>VN book: VND through the bank and the office cash box. CN book: CNY paid out in China.</summary>
    public async Task<MoneyBook> BookAsync(Actor actor, string book, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        EnsureAccounting(actor);
        var kinds = book.ToLowerInvariant() switch
        {
            "vn" => new[] { LedgerAccountKind.VnBank, LedgerAccountKind.VnCash },
            "cn" => [LedgerAccountKind.CnPayment],
            _ => throw new DomainValidationException("book", "must be vn or cn"),
        };
        new Check().That(from is null || to is null || from <= to, "from", "must not be after 'to'").ThrowIfAny();
        var rows = await (from l in db.JournalLines.AsNoTracking()
                          join e in db.JournalEntries on l.EntryId equals e.Id
                          where kinds.Contains(l.AccountKind)
                          select new { e.Id, e.OccurredAt, e.Kind, e.Description, e.Memo, l.AccountKind, l.Amount })
            .ToListAsync(ct);
        var ordered = rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).ToList();
        var opening = ordered.Where(r => from is not null && r.OccurredAt < from).Sum(r => r.Amount);
        var balance = opening;
        var lines = new List<BookLine>();
        foreach (var r in ordered.Where(r => (from is null || r.OccurredAt >= from) && (to is null || r.OccurredAt <= to)))
        {
            balance += r.Amount;
            lines.Add(new BookLine(r.Id, r.OccurredAt, r.Kind, r.Description, r.AccountKind, Math.Max(r.Amount, 0), Math.Max(-r.Amount, 0), balance, r.Memo));
        }

        return new MoneyBook(book.ToUpperInvariant(), book.Equals("cn", StringComparison.OrdinalIgnoreCase) ? Currency.CNY : Currency.VND,
            from, to, opening, lines.Sum(l => l.In), lines.Sum(l => l.Out), balance, lines);
    }

    private static void EnsureAccounting(Actor actor)
    {
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants and administrators see the books.");
        }
    }
}
