using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>Customers ask to take wallet money out; accountants pay it out (debiting the wallet) or reject.</summary>
public sealed class Withdrawals(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
    public sealed record RequestCommand(decimal AmountVnd, string? BankAccount);

    public sealed record RejectCommand(string? Reason);

    public sealed record WithdrawalDto(Guid Id, Guid CustomerId, decimal AmountVnd, string BankAccount, PaymentStatus Status,
        DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? RejectReason);

    public async Task<WithdrawalDto> RequestAsync(Actor actor, RequestCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var balance = await ledger.WalletBalanceAsync(actor.UserId, ct);
        var pending = await db.Withdrawals.Where(w => w.CustomerId == actor.UserId && w.Status == PaymentStatus.Pending).Select(w => w.AmountVnd).ToListAsync(ct);
        var withdrawal = Withdrawal.Request(actor, command.AmountVnd, command.BankAccount, balance - pending.Sum(), clock.GetUtcNow());
        db.Withdrawals.Add(withdrawal);
        await db.SaveChangesAsync(ct);
        return ToDto(withdrawal);
    }

    public async Task<PagedResult<WithdrawalDto>> ListAsync(Actor actor, PaymentStatus? status, int page, int pageSize, CancellationToken ct)
    {
        new Check().Paging(page, pageSize, 200).ThrowIfAny();
        var query = db.Withdrawals.AsNoTracking();
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            query = actor.IsStaff
                ? throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants see withdrawals.")
                : query.Where(w => w.CustomerId == actor.UserId);
        }

        if (status is { } s)
        {
            query = query.Where(w => w.Status == s);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(w => w.RequestedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<WithdrawalDto>([.. items.Select(ToDto)], total, page, pageSize);
    }

    public async Task<WithdrawalDto> PayAsync(Actor actor, Guid id, CancellationToken ct) =>
        await db.InTransactionAsync(async () =>
        {
            var withdrawal = await LoadAsync(id, ct);
            await ledger.PostAsync(withdrawal.Pay(actor, clock.GetUtcNow()), ct);
            await db.SaveChangesAsync(ct);
            return ToDto(withdrawal);
        }, ct);

    public async Task<WithdrawalDto> RejectAsync(Actor actor, Guid id, RejectCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var withdrawal = await LoadAsync(id, ct);
        withdrawal.Reject(actor, command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToDto(withdrawal);
    }

    private async Task<Withdrawal> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Withdrawals.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Withdrawal", id.ToString());

    private static WithdrawalDto ToDto(Withdrawal w) =>
        new(w.Id, w.CustomerId, w.AmountVnd, w.BankAccount, w.Status, w.RequestedAt, w.DecidedAt, w.DecidedByName, w.RejectReason);
}
