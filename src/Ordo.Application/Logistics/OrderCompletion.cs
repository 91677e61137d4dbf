using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Identity;

namespace Ordo.Application.Logistics;

/// <summary>The customer (or customer care) confirms every parcel arrived: the order is completed. Honours the order's version.</summary>
public sealed class OrderCompletion(OrdoDbContext db, GetOrder orders, TimeProvider clock)
{
    public async Task<OrderDetailsDto> ConfirmReceiptAsync(Actor actor, Guid orderId, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var order = await db.Orders.Include(o => o.History).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", orderId.ToString());
        }

        db.ExpectVersion(order, expectedVersion, $"Order {order.Code}");
        order.ConfirmReceipt(actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await orders.HandleAsync(actor, order.Id.ToString(), ct);
    }
}
