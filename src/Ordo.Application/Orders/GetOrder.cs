using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>One order with its lines and timeline, by id or by code (<c>PO-2026-000123</c>).</summary>
public sealed class GetOrder(OrdoDbContext db)
{
    private sealed class Key
    {
        public Guid Id { get; init; }
        public string? Code { get; init; }
    }

    // Compiled once per model, by id or by code (its shape): a query built from LINQ each time cost more of the
    // server's CPU (building the expression, extracting its parameters, finding it in the query cache) than reading
    // the rows it returns. Two round trips: the order with its lines and parcels in one query (an order has one kind
    // or the other, so the join never multiplies rows), then its timeline. Four split queries took twice the round trips.
    private static readonly CompiledShapes<bool, Key, Order> OrderBy = new();

    private static IQueryable<Order> OrderQuery(OrdoDbContext db, bool byId, Key key)
    {
        var orders = db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.ShippingItems).AsSingleQuery();
        return (byId ? orders.Where(o => o.Id == key.Id) : orders.Where(o => o.Code == key.Code)).Take(1);
    }

    private static readonly PerModel<Func<OrdoDbContext, Guid, IAsyncEnumerable<OrderHistoryEntry>>> Timeline = new(() => EF.CompileAsyncQuery<OrdoDbContext, Guid, OrderHistoryEntry>(
        (OrdoDbContext db, Guid orderId) => db.Set<OrderHistoryEntry>().AsNoTracking()
            .Where(h => h.OrderId == orderId)
            .OrderBy(h => h.Sequence)));

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idOrCode);
        var byId = Guid.TryParse(idOrCode, out var id);
        var key = byId ? new Key { Id = id } : new Key { Code = OrderCode.Normalize(idOrCode) };
        var order = (await OrderBy.Run(db, byId, key, OrderQuery).ToListAsync(ct)).SingleOrDefault();
        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", idOrCode);
        }

        var timeline = await TimelineAsync(order.Id, ct);
        var details = order.ToDetails(actor, timeline, await Buying.BuyingView.ReadAsync(db, order, actor, ct));
        var (parcels, progress) = await Logistics.OrderParcelsView.ReadAsync(db, order, ct);
        return details with { Parcels = parcels, Progress = progress };
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
