using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>One order with its lines and timeline, by id or by code (<c>PO-2026-000123</c>).</summary>
public sealed class GetOrder(OrdoDbContext db)
{
    public async Task<OrderDetailsDto> HandleAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idOrCode);
        // Two round trips: the order with its lines and parcels in one query (an order has one kind or the other,
        // so the join never multiplies rows), then its timeline. Four split queries took twice the round trips.
        var query = db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.ShippingItems)
            .AsSingleQuery();
        Order? order;
        if (Guid.TryParse(idOrCode, out var id))
        {
            order = await query.FirstOrDefaultAsync(o => o.Id == id, ct);
        }
        else
        {
            var code = OrderCode.Normalize(idOrCode);
            order = await query.FirstOrDefaultAsync(o => o.Code == code, ct);
        }

        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", idOrCode);
        }

        return order.ToDetails(actor, await TimelineAsync(order.Id, ct));
    }

    public async Task<IReadOnlyList<OrderHistoryDto>> HistoryAsync(Actor actor, Guid orderId, CancellationToken ct)
    {
        var owner = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => (Guid?)o.CustomerId).FirstOrDefaultAsync(ct);
        if (owner is null || (!actor.IsStaff && owner != actor.UserId))
        {
            throw new NotFoundException("Order", orderId.ToString());
        }

        return [.. (await TimelineAsync(orderId, ct)).Select(h => h.ToDto())];
    }

    private Task<List<OrderHistoryEntry>> TimelineAsync(Guid orderId, CancellationToken ct) =>
        db.Set<OrderHistoryEntry>().AsNoTracking()
            .Where(h => h.OrderId == orderId)
            .OrderBy(h => h.Sequence)
            .ToListAsync(ct);
}
