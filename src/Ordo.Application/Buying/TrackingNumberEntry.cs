using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>
/// The shops' tracking numbers of a purchase order: entered by its buyer (the first moves it to ShopShipped), unique
/// per marketplace across the system, and taken back when entered by mistake.
/// </summary>
public sealed class TrackingNumberEntry(OrdoDbContext db, TrackingNumberRegistry registry, TimeProvider clock)
{
    /// <summary>A number the shop gave, with what its shipping notice declares (optional): the China scan warns when the box differs.</summary>
    public sealed record Command(string? TrackingNumber, decimal? DeclaredWeightKg = null, decimal? DeclaredVolumeM3 = null);

    public async Task<OrderDetailsDto> AddAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        OrderRules.EnsureMayEver(actor, OrderAction.AddTrackingNumber);
        var number = TrackingNumbers.Parse(command.TrackingNumber);
        var declared = ParcelDeclaration.Parse(command.DeclaredWeightKg, command.DeclaredVolumeM3);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var now = clock.GetUtcNow();
        order.AddTrackingNumber(actor, number, now);
        await registry.RegisterAsync(actor, order, [number], now, ct, declared);
        await registry.SaveAsync(actor, order, now, ct);
        return await DetailsAsync(order, actor, ct);
    }

    public async Task<OrderDetailsDto> RemoveAsync(Actor actor, Guid orderId, string number, int? expectedVersion, CancellationToken ct)
    {
        OrderRules.EnsureMayEver(actor, OrderAction.RemoveTrackingNumber);
        var normalized = TrackingNumbers.Normalize(number);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var numbers = await db.TrackingNumbers.Where(t => t.OrderId == order.Id).ToListAsync(ct);
        var found = numbers.Find(t => t.Number == normalized)
                    ?? throw new DomainException(OrderErrors.UnknownTrackingNumber, $"Order {order.Code} has no tracking number {normalized}.");
        order.RemoveTrackingNumber(actor, found.Number, numbers.Count - 1, clock.GetUtcNow());
        db.TrackingNumbers.Remove(found);
        await db.SaveChangesAsync(ct);
        return await DetailsAsync(order, actor, ct);
    }

    private async Task<OrderDetailsDto> DetailsAsync(Order order, Actor actor, CancellationToken ct) =>
        order.ToDetails(actor, await BuyingView.ReadAsync(db, order, actor, ct));
}
