using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>A customer's wallet: balance, pending top-ups and the statement with a running balance.</summary>
public sealed class WalletQueries(OrdoDbContext db, Ledger ledger)
{
    public sealed record WalletDto(Guid CustomerId, decimal BalanceVnd, decimal PendingTopUpsVnd, string? CustomerCode);

    public sealed record StatementLine(
        Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, Guid? OrderId, string? OrderCode,
        decimal AmountVnd, decimal BalanceVnd, string? Memo = null);

    public sealed record Statement(decimal OpeningBalanceVnd, decimal ClosingBalanceVnd, IReadOnlyList<StatementLine> Lines, int Total, int Page, int PageSize);

    public async Task<WalletDto> GetAsync(Actor actor, Guid? customerId, CancellationToken ct)
    {
        var id = Owner(actor, customerId);
        var balance = await ledger.WalletBalanceAsync(id, ct);
        var pending = await db.TopUps.Where(t => t.CustomerId == id && t.Status == TopUpStatus.Pending).Select(t => t.AmountVnd).ToListAsync(ct);
        var code = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.CustomerCode).FirstOrDefaultAsync(ct);
        return new WalletDto(id, balance, pending.Sum(), code);
    }

    /// <summary>Movements newest first; each line shows the balance right after it.</summary>
    public async Task<Statement> StatementAsync(Actor actor, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken ct)
    {
        new Check().Paging(page, pageSize, 10_000)
            .That(from is null || to is null || from <= to, "from", "must not be after 'to'").ThrowIfAny();
        var id = Owner(actor, customerId);
        var account = LedgerAccount.Wallet(id);
        var rows = await (from l in db.JournalLines.AsNoTracking()
                          join e in db.JournalEntries on l.EntryId equals e.Id
                          where l.AccountKey == account.Key
                          select new { e.Id, e.OccurredAt, e.Kind, e.Description, e.Memo, e.OrderId, l.Amount })
            .ToListAsync(ct);
        var ordered = rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).ToList();
        var running = 0m;
        var withBalance = new List<(DateTimeOffset At, StatementLine Line)>();
        foreach (var r in ordered)
        {
            var amount = account.BalanceOf(r.Amount).Amount;
            running += amount;
            withBalance.Add((r.OccurredAt, new StatementLine(r.Id, r.OccurredAt, r.Kind, r.Description, r.OrderId, null, amount, running, r.Memo)));
        }

        var inPeriod = withBalance.Where(x => (from is null || x.At >= from) && (to is null || x.At <= to)).ToList();
        var opening = from is null ? 0m : withBalance.Where(x => x.At < from).Select(x => x.Line.BalanceVnd).LastOrDefault();
        var closing = inPeriod.Count > 0 ? inPeriod[^1].Line.BalanceVnd : opening;
        var pageLines = inPeriod.AsEnumerable().Reverse().Skip((page - 1) * pageSize).Take(pageSize).Select(x => x.Line).ToList();
        var orderIds = pageLines.Where(l => l.OrderId is not null).Select(l => l.OrderId!.Value).Distinct().ToList();
        var codes = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        return new Statement(opening, closing,
            [.. pageLines.Select(l => l.OrderId is { } oid && codes.TryGetValue(oid, out var code) ? l with { OrderCode = code } : l)],
            inPeriod.Count, page, pageSize);
    }

    /// <summary>Customers see their own wallet; accountants and admins any customer's.</summary>
    private static Guid Owner(Actor actor, Guid? customerId)
    {
        if (customerId is { } other && other != actor.UserId)
        {
            return actor.IsAnyOf(Roles.Accountant, Roles.CsManager)
                ? other
                : throw new NotFoundException("Wallet", other.ToString());
        }

        if (!actor.IsInRole(Roles.Customer))
        {
            throw new DomainValidationException("customerId", "is required for staff");
        }

        return actor.UserId;
    }
}
