using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>Changes to what an order costs: staff charges and credits, and the customer's discount code.</summary>
public sealed class OrderAdjustments(OrdoDbContext db, OrderCharges charges, TimeProvider clock)
{
    public sealed record ChargeCommand(ChargeKind? Kind, decimal AmountVnd, string? Reason);

    public sealed record CodeCommand(string? Code);

    /// <summary>Adds the charge or credit; if the order is now overpaid, the excess returns to the wallet at once.</summary>
    public async Task<ChargesDto> AddChargeAsync(Actor actor, Guid orderId, ChargeCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Kind is null)
        {
            throw new DomainValidationException("kind", "is required (Supplementary or Credit)");
        }

        return await db.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
            var now = clock.GetUtcNow();
            order.AddCharge(actor, command.Kind.Value, command.AmountVnd, command.Reason, now);
            await charges.RefundExcessAsync(actor, order, command.Reason, now, ct);
            await db.SaveChangesAsync(ct);
            return OrderCharges.ToDto(order, await charges.CalculateAsync(order, ct));
        }, ct);
    }

    public async Task<ChargesDto> ApplyCodeAsync(Actor actor, Guid orderId, CodeCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        new Check().MaxLength(command.Code, "code", 40).ThrowIfAny();
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        DiscountCode? code = null;
        var uses = 0;
        if (!string.IsNullOrWhiteSpace(command.Code))
        {
            var normalized = DiscountCode.Normalize(command.Code);
            code = await db.DiscountCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, ct)
                   ?? throw new DomainValidationException("code", "is not a known discount code");
            uses = await db.DiscountRedemptions.CountAsync(r => r.DiscountCodeId == code.Id && r.CustomerId == order.CustomerId, ct);
        }

        order.ApplyDiscountCode(actor, code, clock.GetUtcNow(), uses);
        await db.SaveChangesAsync(ct);
        return OrderCharges.ToDto(order, await charges.CalculateAsync(order, ct));
    }
}
