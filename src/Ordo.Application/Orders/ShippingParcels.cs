using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// The customer of a shipping order declares a parcel a shop sent after the order was placed, or takes back one declared
/// by mistake. A tracking number is the order's alone: one another order holds is refused, naming that order to staff.
/// </summary>
public sealed class ShippingParcels(OrdoDbContext db, TrackingNumberRegistry registry, TimeProvider clock)
{
    public async Task<OrderDetailsDto> AddAsync(Actor actor, Guid orderId, CreateShippingOrder.Item item, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        OrderRules.EnsureMayEver(actor, OrderAction.AddParcel);
        var check = new Check();
        ShippingItemDetails.Validate(check, string.Empty, item.TrackingNumber, item.Description, item.Quantity, item.DeclaredValueCny, item.DeclaredWeightKg);
        check.ThrowIfAny();
        var details = ShippingItemDetails.Create(item.TrackingNumber!, item.Description!, item.Quantity, item.DeclaredValueCny, item.DeclaredWeightKg);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var now = clock.GetUtcNow();
        order.AddParcel(actor, details, now);
        await registry.RegisterAsync(actor, order, [details.TrackingNumber], now, ct);
        await registry.SaveAsync(actor, order, now, ct);
        return order.ToDetails(actor);
    }

    public async Task<OrderDetailsDto> RemoveAsync(Actor actor, Guid orderId, Guid itemId, int? expectedVersion, CancellationToken ct)
    {
        OrderRules.EnsureMayEver(actor, OrderAction.RemoveParcel);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        // The order's rule before the parcel is looked up: a last parcel is refused as such, whichever id was sent.
        order.EnsureAllowed(actor, OrderAction.RemoveParcel);
        if (order.ShippingItems.All(i => i.Id != itemId))
        {
            throw new NotFoundException("Parcel", itemId.ToString());
        }

        var now = clock.GetUtcNow();
        order.RemoveParcel(actor, itemId, now);
        await registry.SyncParcelsAsync(actor, order, now, ct);
        await registry.SaveAsync(actor, order, now, ct);
        return order.ToDetails(actor);
    }
}
