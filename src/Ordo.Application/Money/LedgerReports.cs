using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money;

/// <summary>The accountant's views over the ledger: trial balance, VN and CN money books, debts.</summary>
public sealed class LedgerReports(OrdoDbContext db, OrderCharges charges)
{
    public sealed record TrialBalanceRow(LedgerAccountKind Account, Currency Currency, decimal Debit, decimal Credit, decimal Balance);

    public sealed record TrialBalance(IReadOnlyList<TrialBalanceRow> Accounts, IReadOnlyDictionary<Currency, decimal> SumOfLines);

    public sealed record BookLine(Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, LedgerAccountKind Account, decimal In, decimal Out, decimal Balance, string? Memo = null);

    public sealed record MoneyBook(string Book, Currency Currency, DateTimeOffset? From, DateTimeOffset? To, decimal Opening, decimal TotalIn, decimal TotalOut, decimal Closing, IReadOnlyList<BookLine> Lines);

    public sealed record OrderDebt(Guid OrderId, string Code, Guid CustomerId, string CustomerName, OrderStatus Status, decimal TotalVnd, decimal PaidVnd, decimal DueVnd);

    public sealed record CustomerDebt(Guid CustomerId, string CustomerName, int Orders, decimal DueVnd);

    public sealed record Debts(IReadOnlyList<OrderDebt> Orders, IReadOnlyList<CustomerDebt> Customers, decimal TotalDueVnd);

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

    /// <summary>What every open purchase order, and so every customer, still owes.</summary>
    public async Task<Debts> DebtsAsync(Actor actor, CancellationToken ct)
    {
        EnsureAccounting(actor);
        var open = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Charges).AsSplitQuery()
            .Where(o => o.Kind == OrderKind.Purchase && o.Status != OrderStatus.Submitted && o.Status != OrderStatus.Rejected
                        && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.OutOfStock && o.Status != OrderStatus.Completed)
            .ToListAsync(ct);
        var breakdowns = await charges.CalculateManyAsync(open, ct);
        var debts = new List<OrderDebt>();
        foreach (var order in open)
        {
            var b = breakdowns[order.Id];
            if (b.Due.Amount != 0)
            {
                debts.Add(new OrderDebt(order.Id, order.Code, order.CustomerId, order.CustomerName, order.Status, b.Total.Amount, b.Paid.Amount, b.Due.Amount));
            }
        }

        var customers = debts.GroupBy(d => (d.CustomerId, d.CustomerName))
            .Select(g => new CustomerDebt(g.Key.CustomerId, g.Key.CustomerName, g.Count(), g.Sum(d => d.DueVnd)))
            .OrderByDescending(c => c.DueVnd).ToList();
        return new Debts([.. debts.OrderByDescending(d => d.DueVnd)], customers, debts.Sum(d => d.DueVnd));
    }

    private static void EnsureAccounting(Actor actor)
    {
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants and administrators see the books.");
        }
    }
}
