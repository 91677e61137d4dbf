using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Orders;

/// <summary>Cancels an order; whatever the customer had paid towards it goes back to the wallet in the same transaction.</summary>
public sealed class CancelOrder(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
    public sealed record Command(string? Reason);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await ledger.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            order.Cancel(actor, command.Reason ?? string.Empty, now);
            var paid = await ledger.OrderPaidAsync(order.Id, ct);
            if (paid > 0)
            {
                await ledger.PostAsync(JournalEntry.Post(
                    JournalEntryKind.Refund, $"Refund of {order.Code} (cancelled)",
                    Postings.RefundToWallet(order.CustomerId, order.Id, Domain.Money.Money.Vnd(paid)), actor, now, order.Id, order.CustomerId), ct);
            }

            await db.SaveChangesAsync(ct);
            return order.ToDetails(actor);
        }, ct);
    }
}
