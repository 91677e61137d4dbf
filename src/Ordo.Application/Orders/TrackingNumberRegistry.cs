using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// Which order holds which tracking number: the ones the buyers enter for purchase orders and the parcels customers
/// declare on shipping orders, in one table whose unique index keeps a number to one order per marketplace. A parcel
/// reaching the China warehouse under a number therefore belongs to exactly one order. A number whose order closed
/// without goods (rejected, cancelled) is free: the next order to declare it takes it over, so a customer can declare
/// it again on a new order.
/// </summary>
public sealed class TrackingNumberRegistry(OrdoDbContext db)
{
    private readonly List<string> _registered = [];

    /// <summary>
    /// Records <paramref name="numbers"/> as <paramref name="order"/>'s, saved with the order. A number another open
    /// order (or this one) holds is refused; a customer is not told another customer's order code. <paramref name="declared"/>
    /// is what the shop said of the parcel (one number at a time, from the buyer).
    /// </summary>
    public async Task RegisterAsync(
        Actor actor, Order order, IReadOnlyCollection<string> numbers, DateTimeOffset now, CancellationToken ct, ParcelDeclaration? declared = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count == 0)
        {
            return;
        }

        var marketplace = OrderTrackingNumber.MarketplaceOf(order);
        var held = await (from t in db.TrackingNumbers
                          join o in db.Orders on t.OrderId equals o.Id
                          where t.Marketplace == marketplace && numbers.Contains(t.Number)
                          orderby t.Number
                          select new { Row = t, o.Code, o.CustomerId, o.Status }).ToListAsync(ct);
        if (held.Find(h => !OrderLifecycle.IsClosedWithoutGoods(h.Status)) is { } holder)
        {
            var message = holder.Row.OrderId == order.Id ? $"Tracking number {holder.Row.Number} is already on this order."
                : actor.IsStaff || holder.CustomerId == actor.UserId ? $"Tracking number {holder.Row.Number} is already used by order {holder.Code}."
                : $"Tracking number {holder.Row.Number} is already used by another order; check the number the shop gave you.";
            throw new DomainException(OrderErrors.TrackingNumberTaken, message);
        }

        db.TrackingNumbers.RemoveRange(held.Select(h => h.Row));
        foreach (var number in numbers)
        {
            db.TrackingNumbers.Add(OrderTrackingNumber.For(order, number, actor, now, declared));
        }

        _registered.AddRange(numbers);
    }

    /// <summary>A shipping order's numbers follow its declared parcels: new ones are registered, dropped ones given back.</summary>
    public async Task SyncParcelsAsync(Actor actor, Order order, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var held = await db.TrackingNumbers.Where(t => t.OrderId == order.Id).ToListAsync(ct);
        var declared = order.ShippingItems.Select(i => i.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        db.TrackingNumbers.RemoveRange(held.Where(t => !declared.Contains(t.Number)));
        var heldNumbers = held.Select(t => t.Number).ToHashSet(StringComparer.Ordinal);
        await RegisterAsync(actor, order, [.. declared.Where(n => !heldNumbers.Contains(n))], now, ct);
    }

    /// <summary>
    /// Saves what <see cref="RegisterAsync"/> recorded. When another order took a number between the check and the save,
    /// the unique index refuses it and the answer is the one the check would have given.
    /// </summary>
    public async Task SaveAsync(Actor actor, Order order, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is OrderTrackingNumber))
        {
            db.ChangeTracker.Clear();
            string[] numbers = [.. _registered];
            _registered.Clear();
            await RegisterAsync(actor, order, numbers, now, ct);
            throw;
        }
    }
}
