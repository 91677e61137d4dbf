using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>Who buys a deposited order: the order manager assigns ordering staff (one order or many), or a buyer claims one.</summary>
public sealed class AssignBuyers(OrdoDbContext db, TimeProvider clock, IOptions<OrdoOptions> options)
{
    public sealed record Command(Guid? BuyerId);

    public sealed record BulkCommand(IReadOnlyList<Guid>? OrderIds, Guid? BuyerId);

    public async Task<OrderDetailsDto> AssignAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var buyer = await BuyerAsync(command.BuyerId, ct);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        order.AssignBuyer(actor, buyer, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor, await BuyingView.ReadAsync(db, order, actor, ct));
    }

    public async Task<IReadOnlyList<ReviewOrders.BulkOutcome>> AssignManyAsync(Actor actor, BulkCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The role before the buyer is looked up: a customer hears 403, not that the buyer is unknown.
        OrderRules.EnsureMayEver(actor, OrderAction.AssignBuyer);
        var buyer = await BuyerAsync(command.BuyerId, ct);
        var now = clock.GetUtcNow();
        return await OrderBulk.ForEachAsync(db, actor, OrderAction.AssignBuyer, command.OrderIds, order => order.AssignBuyer(actor, buyer, now), ct);
    }

    /// <summary>
    /// A buyer takes a deposited order, within <c>Ordo:Buying:MaxOpenClaims</c> orders of theirs in Ordering. Two buyers
    /// claiming the same order meet its version: the second is told it changed (409). One buyer's claims take turns: the
    /// buyer's own row is locked until the claim commits, so two claims sent at once cannot both count the same room
    /// under the limit.
    /// </summary>
    public async Task<OrderDetailsDto> ClaimAsync(Actor actor, Guid orderId, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        OrderRules.EnsureMayEver(actor, OrderAction.Claim);
        return await db.InTransactionAsync(async () =>
        {
            await db.Users.Where(u => u.Id == actor.UserId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ConcurrencyStamp, x => x.ConcurrencyStamp), ct);
            var self = await db.LoadStaffAsync(actor.UserId, "buyerId", ct);
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var open = await db.Orders.CountAsync(o => o.BuyerId == actor.UserId && o.Status == OrderStatus.Ordering, ct);
            order.Claim(actor, self, open, options.Value.Buying.MaxOpenClaims, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return order.ToDetails(actor, await BuyingView.ReadAsync(db, order, actor, ct));
        }, ct);
    }

    private async Task<StaffMember> BuyerAsync(Guid? buyerId, CancellationToken ct) =>
        buyerId is { } id ? await db.LoadStaffAsync(id, "buyerId", ct) : throw new DomainValidationException("buyerId", "is required");
}
