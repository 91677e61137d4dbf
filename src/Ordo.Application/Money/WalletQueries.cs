using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>A customer's wallet: balance, pending top-ups and the statement with a running balance.</summary>
public sealed class WalletQueries(OrdoDbContext db, Ledger ledger, LedgerLines lines)
{
    public const int MaxPageSize = 500;

    private const int DownloadBatchSize = 5_000;

    public sealed record WalletDto(Guid CustomerId, decimal BalanceVnd, decimal PendingTopUpsVnd, string? CustomerCode);

    public sealed record StatementLine(
        Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, Guid? OrderId, string? OrderCode,
        decimal AmountVnd, decimal BalanceVnd, string? Memo = null);

    public sealed record Statement(decimal OpeningBalanceVnd, decimal ClosingBalanceVnd, IReadOnlyList<StatementLine> Lines, int Total, int Page, int PageSize);

    /// <summary>A period's statement for a download: its totals, and its lines oldest first, read as they are enumerated.</summary>
    public sealed record StatementDownload(
        string? CustomerCode, DateTimeOffset? From, DateTimeOffset? To, decimal OpeningBalanceVnd, decimal ClosingBalanceVnd, int Total,
        IAsyncEnumerable<StatementLine> Lines);

    public async Task<WalletDto> GetAsync(Actor actor, Guid? customerId, CancellationToken ct)
    {
        var id = Owner(actor, customerId);
        var balance = await ledger.WalletBalanceAsync(id, ct);
        var pending = await db.TopUps.Where(t => t.CustomerId == id && t.Status == TopUpStatus.Pending).Select(t => t.AmountVnd).ToListAsync(ct);
        var code = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.CustomerCode).FirstOrDefaultAsync(ct);
        return new WalletDto(id, balance, pending.Sum(), code);
    }

    /// <summary>Movements newest first; each line shows the balance right after it. Only the page is read.</summary>
    public async Task<Statement> StatementAsync(Actor actor, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken ct)
    {
        new Check().Paging(page, pageSize, MaxPageSize)
            .Period(from, to).ThrowIfAny();
        var account = LedgerAccount.Wallet(Owner(actor, customerId));
        var read = await lines.NewestFirstAsync([account.Key], from, to, page, pageSize, ct);
        return new Statement(Balance(account, read.OpeningSum), Balance(account, read.ClosingSum),
            await WithOrderCodesAsync(account, read.Lines, ct), read.Total, page, pageSize);
    }

    /// <summary>
    /// Every movement of the period, oldest first, for a download: the totals are read at once, the lines stream
    /// from the database in batches as the caller reads them, however many there are.
    /// </summary>
    public async Task<StatementDownload> DownloadAsync(Actor actor, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        new Check().Period(from, to).ThrowIfAny();
        var id = Owner(actor, customerId);
        var account = LedgerAccount.Wallet(id);
        var totals = await lines.PeriodAsync([account.Key], from, to, ct);
        var code = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.CustomerCode).FirstOrDefaultAsync(ct);
        return new StatementDownload(code, from, to, Balance(account, totals.OpeningSum), Balance(account, totals.ClosingSum), totals.Total,
            StreamAsync(account, from, to, totals.OpeningSum, totals.Total, ct));
    }

    private async IAsyncEnumerable<StatementLine> StreamAsync(
        LedgerAccount account, DateTimeOffset? from, DateTimeOffset? to, decimal openingSum, int total, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var batch in lines.OldestFirstAsync([account.Key], from, to, openingSum, total, DownloadBatchSize, ct))
        {
            foreach (var line in await WithOrderCodesAsync(account, batch, ct))
            {
                yield return line;
            }
        }
    }

    private async Task<IReadOnlyList<StatementLine>> WithOrderCodesAsync(LedgerAccount account, IReadOnlyList<LedgerLine> read, CancellationToken ct)
    {
        var orderIds = read.Where(l => l.OrderId is not null).Select(l => l.OrderId!.Value).Distinct().ToList();
        var codes = orderIds.Count == 0
            ? []
            : await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        return [.. read.Select(l => new StatementLine(l.EntryId, l.At, l.Kind, l.Description, l.OrderId,
            l.OrderId is { } oid && codes.TryGetValue(oid, out var code) ? code : null, Balance(account, l.Amount), Balance(account, l.Sum), l.Memo))];
    }

    private static decimal Balance(LedgerAccount account, decimal sumOfLines) => account.BalanceOf(sumOfLines).Amount;

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
