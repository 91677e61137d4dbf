using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Pays an approved order's deposit from the customer's wallet: the order becomes Deposited, its rate
/// is locked, and the wallet is debited, all in one transaction or not at all.
/// </summary>
public sealed class PayDeposit(OrdoDbContext db, Ledger ledger, OrderCharges charges, TimeProvider clock)
{
    public async Task<ChargesDto> HandleAsync(Actor actor, Guid orderId, int? expectedVersion, CancellationToken ct) =>
        await ledger.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            var breakdown = await charges.CalculateAsync(order, ct);
            order.LockRate(ExchangeRate.Of(breakdown.VndPerCny));
            order.MarkDeposited(actor, breakdown.Deposit, now);
            var entry = JournalEntry.Post(
                JournalEntryKind.Deposit, $"Deposit for {order.Code}",
                Postings.PayFromWallet(order.CustomerId, order.Id, breakdown.Deposit), actor, now, order.Id, order.CustomerId);
            await ledger.PostAsync(entry, ct);
            await db.SaveChangesAsync(ct);
            return OrderCharges.ToDto(order, await charges.CalculateAsync(order, ct));
        }, ct);
}
