using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Pays an approved order's deposit: from the customer's wallet, or (accountant) as money received by
/// bank transfer or at the office. The order becomes Deposited, its rate is locked, a discount code is
/// counted, and the money moves, all in one transaction or not at all.
/// </summary>
public sealed class PayDeposit(OrdoDbContext db, Ledger ledger, OrderCharges charges, TimeProvider clock)
{
    public sealed record Command(PaymentMethod? Method, string? Reference);

    public async Task<ChargesDto> HandleAsync(Actor actor, Guid orderId, Command? command, int? expectedVersion, CancellationToken ct)
    {
        var method = command?.Method ?? PaymentMethod.Wallet;
        if (method != PaymentMethod.Wallet && !actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an accountant records a deposit paid by transfer or at the office.");
        }

        return await ledger.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            var breakdown = await charges.CalculateAsync(order, ct);
            await charges.LockPricingAsync(order, breakdown, now, ct);
            order.MarkDeposited(actor, breakdown.Deposit, now);
            await RedeemCodeAsync(order, now, ct);
            var lines = method == PaymentMethod.Wallet
                ? Postings.PayFromWallet(order.CustomerId, order.Id, breakdown.Deposit)
                : Postings.PayDirect(order.Id, breakdown.Deposit, atOffice: method == PaymentMethod.Office);
            var description = method == PaymentMethod.Wallet ? $"Deposit for {order.Code}" : $"Deposit for {order.Code} ({method} {command?.Reference})".Trim();
            await ledger.PostAsync(JournalEntry.Post(JournalEntryKind.Deposit, description, lines, actor, now, order.Id, order.CustomerId, memo: command?.Reference), ct);
            await db.SaveChangesAsync(ct);
            return OrderCharges.ToDto(order, await charges.CalculateAsync(order, ct));
        }, ct);
    }

    private async Task RedeemCodeAsync(Domain.Orders.Order order, DateTimeOffset now, CancellationToken ct)
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
