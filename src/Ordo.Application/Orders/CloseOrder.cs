using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// Closes an order without goods: cancelled (customer or staff) or out of stock (the shop cannot
/// supply). Whatever the customer had paid towards it goes back to the wallet in the same transaction.
/// </summary>
public sealed class CloseOrder(OrdoDbContext db, OrderCharges charges, TimeProvider clock)
{
    public sealed record Command(string? Reason);

    public Task<OrderDetailsDto> CancelAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct) =>
        CloseAsync(actor, orderId, command, expectedVersion, RefundCause.Cancelled, (order, reason, now) => order.Cancel(actor, reason, now), ct);

    public Task<OrderDetailsDto> MarkOutOfStockAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct) =>
        CloseAsync(actor, orderId, command, expectedVersion, RefundCause.OutOfStock, (order, reason, now) => order.MarkOutOfStock(actor, reason, now), ct);

    private async Task<OrderDetailsDto> CloseAsync(
        Actor actor, Guid orderId, Command command, int? expectedVersion, RefundCause cause, Action<Order, string, DateTimeOffset> close, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await db.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            var reason = command.Reason ?? string.Empty;
            close(order, reason, now);
            await charges.RefundAllPaidAsync(actor, order, cause, reason, now, ct);
            await db.SaveChangesAsync(ct);
            return order.ToDetails(actor);
        }, ct);
    }
}
