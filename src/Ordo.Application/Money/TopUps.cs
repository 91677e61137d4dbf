using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>Customers ask for top-ups; accountants confirm what arrived (crediting the wallet) or reject.</summary>
public sealed class TopUps(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
    public sealed record RequestCommand(decimal AmountVnd, TopUpMethod? Method, string? Reference);

    public sealed record ConfirmCommand(decimal? AmountReceivedVnd);

    public sealed record RejectCommand(string? Reason);

    public async Task<TopUpDto> RequestAsync(Actor actor, RequestCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!actor.IsInRole(Roles.Customer))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only customers top up their own wallet.");
        }

        if (command.Method is null)
        {
            throw new DomainValidationException("method", "is required (BankTransfer or Office)");
        }

        var topUp = TopUp.Request(actor.UserId, command.AmountVnd, command.Method.Value, command.Reference, clock.GetUtcNow());
        db.TopUps.Add(topUp);
        await db.SaveChangesAsync(ct);
        return await GetAsync(topUp.Id, ct);
    }

    public async Task<PagedResult<TopUpDto>> ListAsync(Actor actor, TopUpStatus? status, int page, int pageSize, CancellationToken ct)
    {
        new Check().Paging(page, pageSize, 200).ThrowIfAny();
        var query = db.TopUps.AsNoTracking();
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            if (actor.IsStaff)
            {
                throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants see the top-up queue.");
            }

            query = query.Where(t => t.CustomerId == actor.UserId);
        }

        if (status is { } s)
        {
            query = query.Where(t => t.Status == s);
        }

        var total = await query.CountAsync(ct);
        var items = await Project(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<TopUpDto>(items, total, page, pageSize);
    }

    public async Task<TopUpDto> ConfirmAsync(Actor actor, Guid id, ConfirmCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await db.InTransactionAsync(async () =>
        {
            var topUp = await LoadAsync(id, ct);
            var entry = topUp.Confirm(actor, command.AmountReceivedVnd ?? topUp.AmountVnd, clock.GetUtcNow());
            await ledger.PostAsync(entry, ct);
            await db.SaveChangesAsync(ct);
            return await GetAsync(id, ct);
        }, ct);
    }

    public async Task<TopUpDto> RejectAsync(Actor actor, Guid id, RejectCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var topUp = await LoadAsync(id, ct);
        topUp.Reject(actor, command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<TopUp> LoadAsync(Guid id, CancellationToken ct) =>
        await db.TopUps.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("Top-up", id.ToString());

    private async Task<TopUpDto> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.TopUps.AsNoTracking().Where(t => t.Id == id)).FirstAsync(ct);

    private IQueryable<TopUpDto> Project(IQueryable<TopUp> topUps) =>
        from t in topUps
        join u in db.Users on t.CustomerId equals u.Id
        orderby t.RequestedAt descending, t.Id descending
        select new TopUpDto(t.Id, t.CustomerId, u.FullName, t.AmountVnd, t.Method, t.Reference, t.Status, t.RequestedAt,
            t.ReceivedVnd, t.DecidedAt, t.DecidedByName, t.RejectReason);
}
