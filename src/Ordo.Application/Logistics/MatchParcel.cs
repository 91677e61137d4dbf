using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>
/// Staff give an anonymous parcel (or an excess box) the open order it belongs to, found by id or code; the order then
/// follows it like its other parcels. Honours the parcel's version.
/// </summary>
public sealed class MatchParcel(OrdoDbContext db, TimeProvider clock)
{
    public sealed record Command(string? Order);

    public async Task<ParcelDto> HandleAsync(Actor actor, Guid parcelId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayMatchParcels(actor);
        new Check().Required(command.Order, "order", 64).ThrowIfAny();
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Id == parcelId, ct) ?? throw new NotFoundException("Parcel", parcelId.ToString());
        db.ExpectVersion(parcel, expectedVersion, $"Parcel {parcel.Code}");

        var key = command.Order!.Trim();
        var code = key.ToUpperInvariant();
        var byId = Guid.TryParse(key, out var id);
        var order = await (from o in db.Orders.AsNoTracking()
                           join u in db.Users on o.CustomerId equals u.Id
                           where byId ? o.Id == id : o.Code == code
                           select new { o.Id, o.Code, o.CustomerId, u.CustomerCode, o.Status }).FirstOrDefaultAsync(ct)
                    ?? throw new DomainValidationException("order", $"is not an order ({key})");
        if (OrderLifecycle.IsTerminal(order.Status))
        {
            throw new DomainException(LogisticsErrors.NotMatchable, $"Order {order.Code} is {order.Status}: a parcel is matched to an open order.");
        }

        parcel.MatchTo(actor, new ParcelOwner(order.Id, order.Code, order.CustomerId, order.CustomerCode), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return parcel.ToDto();
    }
}
