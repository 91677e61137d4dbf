using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>One order with its lines and timeline, by id or by code (<c>PO-2026-000123</c>).</summary>
public sealed class GetOrder(OrdoDbContext db)
{
    // Compiled once (per model): a query built from LINQ each time cost more of the server's CPU (building the expression,
    // extracting its parameters, finding it in the query cache) than reading the rows it returns.
    // Two round trips: the order with its lines and parcels in one query (an order has one kind or the other, so
    // the join never multiplies rows), then its timeline. Four split queries took twice the round trips.
    private static readonly PerModel<Func<OrdoDbContext, Guid, CancellationToken, Task<Order?>>> OrderById = new(() => EF.CompileAsyncQuery(
        (OrdoDbContext db, Guid id, CancellationToken _) => db.Orders.AsNoTracking()
            .Include(o => o.Lines).Include(o => o.ShippingItems).AsSingleQuery()
            .FirstOrDefault(o => o.Id == id)));

    private static readonly PerModel<Func<OrdoDbContext, string, CancellationToken, Task<Order?>>> OrderByCode = new(() => EF.CompileAsyncQuery(
        (OrdoDbContext db, string code, CancellationToken _) => db.Orders.AsNoTracking()
            .Include(o => o.Lines).Include(o => o.ShippingItems).AsSingleQuery()
            .FirstOrDefault(o => o.Code == code)));

    private static readonly PerModel<Func<OrdoDbContext, Guid, IAsyncEnumerable<OrderHistoryEntry>>> Timeline = new(() => EF.CompileAsyncQuery<OrdoDbContext, Guid, OrderHistoryEntry>(
        (OrdoDbContext db, Guid orderId) => db.Set<OrderHistoryEntry>().AsNoTracking()
            .Where(h => h.OrderId == orderId)
            .OrderBy(h => h.Sequence)));

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idOrCode);
        var order = Guid.TryParse(idOrCode, out var id)
            ? await OrderById.For(db)(db, id, ct)
            : await OrderByCode.For(db)(db, OrderCode.Normalize(idOrCode), ct);
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
        Timeline.For(db)(db, orderId).ToListAsync(ct).AsTask();
}
