using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money;

/// <summary>
/// Pays an approved order's deposit: from the customer's wallet, or (accountant) as money received by
/// bank transfer or at the office. The order is priced once; the order fixes that price and becomes
/// Deposited in one step, a discount code is counted, and the money moves, all in one transaction
/// (the request's, if it has one) with one save.
/// </summary>
public sealed class PayDeposit(OrdoDbContext db, Ledger ledger, OrderCharges charges, TimeProvider clock)
{
    public sealed record Command(PaymentMethod? Method, string? Reference);

    public async Task<ChargesDto> HandleAsync(Actor actor, Guid orderId, Command? command, int? expectedVersion, CancellationToken ct)
    {
        var payment = new DepositPayment(command?.Method ?? PaymentMethod.Wallet, command?.Reference);
        return await db.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            var pricing = await charges.PricingAsync(order, ct);
            var entry = order.PayDeposit(actor, pricing, payment, now);
            await RedeemCodeAsync(order, now, ct);
            await ledger.PostAsync(entry, ct);
            await db.SaveChangesAsync(ct);
            var charged = order.Price(pricing);
            return OrderCharges.ToDto(order, charged.AfterPaying(charged.Deposit));
        }, ct);
    }

    private async Task RedeemCodeAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        if (order.DiscountCode is not { } text)
        {
            return;
        }

        var code = await db.DiscountCodes.FirstAsync(c => c.Code == text, ct);
        var uses = await db.DiscountRedemptions.CountAsync(r => r.DiscountCodeId == code.Id && r.CustomerId == order.CustomerId, ct);
        code.Redeem(now, uses);
        db.DiscountRedemptions.Add(new DiscountRedemption { DiscountCodeId = code.Id, CustomerId = order.CustomerId, OrderId = order.Id, At = now });
    }
}
