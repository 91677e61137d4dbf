using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Data;
using Ordo.Domain.Logistics.Events;

namespace Ordo.Application.Logistics;

/// <summary>
/// When a parcel of an order is received in Vietnam its weight is final: the order is charged its international
/// shipping fee, chargeable kg × the tariff's rate for the warehouse and the customer's loyalty tier, by the tariff in
/// force on arrival; the order's balance becomes due. Once a parcel: the outbox may deliver the event twice.
/// </summary>
public sealed class ChargeInternationalShipping(OrdoDbContext db, ShippingTariffs tariffs) : IDomainEventHandler<ParcelArrivedInVietnam>
{
    public async Task HandleAsync(ParcelArrivedInVietnam domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.OrderId is not { } orderId)
        {
            return;
        }

        var order = await db.Orders.Include(o => o.Charges).Include(o => o.History).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return;
        }

        var tier = await db.Users.AsNoTracking().Where(u => u.Id == order.CustomerId).Select(u => u.LoyaltyTierId).FirstOrDefaultAsync(ct);
        var tariff = await tariffs.AtAsync(domainEvent.OccurredAt, ct);
        var fee = tariff.FeeFor(domainEvent.WarehouseCode, tier, domainEvent.ChargeableWeightKg);
        if (order.ChargeInternationalShipping(domainEvent.ParcelId, domainEvent.ParcelCode, domainEvent.ChargeableWeightKg, fee.Amount, domainEvent.OccurredAt))
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
