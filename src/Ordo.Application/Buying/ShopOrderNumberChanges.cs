using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>Changing recorded shop order numbers: the buyer asks, the order manager approves or refuses; all on the order's timeline.</summary>
public sealed class ShopOrderNumberChanges(OrdoDbContext db, TimeProvider clock)
{
    public sealed record RequestCommand(IReadOnlyList<string>? ShopOrderNumbers, string? Reason);

    public sealed record RefuseCommand(string? Reason);

    public sealed record ChangeDto(
        Guid Id, Guid OrderId, string OrderCode, IReadOnlyList<string> From, IReadOnlyList<string> To, string Reason, ChangeStatus Status,
        DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DecidedAt, string? DecidedBy, string? RefusalReason);

    public async Task<ChangeDto> RequestAsync(Actor actor, Guid orderId, RequestCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        OrderRules.EnsureMayEver(actor, OrderAction.ChangeShopOrderNumbers);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var purchase = await PurchaseOfAsync(order, ct);
        var pending = await db.ShopOrderNumberChanges.AnyAsync(c => c.OrderId == orderId && c.Status == ChangeStatus.Pending, ct);
        var change = ShopOrderNumberChange.Request(order, purchase, actor, command.ShopOrderNumbers, command.Reason, pending, clock.GetUtcNow());
        db.ShopOrderNumberChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is ShopOrderNumberChange))
        {
            // Another request for the same order was saved between the check and ours: the filtered unique index refused it.
            throw new DomainException(OrderErrors.ChangePending, $"A change of order {order.Code}'s shop order numbers already waits for the order manager.");
        }

        return ToDto(change);
    }

    public Task<ChangeDto> ApproveAsync(Actor actor, Guid changeId, CancellationToken ct) =>
        DecideAsync(actor, changeId, async (change, order, now) => change.Approve(order, await PurchaseOfAsync(order, ct), actor, now), ct);

    public Task<ChangeDto> RefuseAsync(Actor actor, Guid changeId, RefuseCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DecideAsync(actor, changeId, (change, order, now) =>
        {
            change.Refuse(order, actor, command.Reason, now);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>The requests, newest first: the order manager's queue (<paramref name="status"/> Pending) or one order's history.</summary>
    public async Task<IReadOnlyList<ChangeDto>> ListAsync(Actor actor, ChangeStatus? status, Guid? orderId, CancellationToken ct)
    {
        OrderRules.EnsureMayEver(actor, OrderAction.ChangeShopOrderNumbers);
        new Check().That(status is null || Enum.IsDefined(status.Value), "status", Check.OneOf<ChangeStatus>()).ThrowIfAny();
        var changes = db.ShopOrderNumberChanges.AsNoTracking();
        if (status is { } s)
        {
            changes = changes.Where(c => c.Status == s);
        }

        if (orderId is { } id)
        {
            changes = changes.Where(c => c.OrderId == id);
        }

        var found = await changes.OrderByDescending(c => c.RequestedAt).Take(200).ToListAsync(ct);
        return [.. found.Select(ToDto)];
    }

    private async Task<ChangeDto> DecideAsync(Actor actor, Guid changeId, Func<ShopOrderNumberChange, Order, DateTimeOffset, Task> decide, CancellationToken ct)
    {
        OrderRules.EnsureMayEver(actor, OrderAction.DecideShopOrderNumberChange);
        var change = await db.ShopOrderNumberChanges.FirstOrDefaultAsync(c => c.Id == changeId, ct)
                     ?? throw new NotFoundException("Shop order number change", changeId.ToString());
        var order = await db.LoadForUpdateAsync(change.OrderId, actor, null, ct);
        await decide(change, order, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToDto(change);
    }

    private async Task<ShopPurchase> PurchaseOfAsync(Order order, CancellationToken ct) =>
        await db.ShopPurchases.FirstOrDefaultAsync(p => p.OrderId == order.Id, ct)
        ?? throw new DomainException(OrderErrors.IllegalTransition, $"Order {order.Code} has no shop order yet.");

    private static ChangeDto ToDto(ShopOrderNumberChange c) => new(
        c.Id, c.OrderId, c.OrderCode, c.From, c.To, c.Reason, c.Status, c.RequestedAt, c.RequestedByName, c.DecidedAt, c.DecidedByName, c.RefusalReason);
}
