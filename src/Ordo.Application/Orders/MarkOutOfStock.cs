using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;

namespace Ordo.Application.Orders;

/// <summary>The shop cannot supply the order: it closes as out of stock and what was paid returns to the wallet in the same transaction.</summary>
public sealed class MarkOutOfStock(OrdoDbContext db, Ledger ledger, OrderCharges charges, TimeProvider clock)
{
    public sealed record Command(string? Reason);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await ledger.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            var reason = command.Reason ?? string.Empty;
            order.MarkOutOfStock(actor, reason, now);
            await charges.RefundAllPaidAsync(actor, order, $"out of stock: {reason.Trim()}", now, ct);
            await db.SaveChangesAsync(ct);
            return order.ToDetails(actor);
        }, ct);
    }
}
