using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money;

/// <summary>What an order costs and what is still due, from the fee engine and the ledger.</summary>
public sealed class OrderCharges(OrdoDbContext db, MoneySettings settings, Ledger ledger)
{
    public async Task<ChargesDto> GetAsync(Actor actor, Guid orderId, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", orderId.ToString());
        }

        return ToDto(order, await CalculateAsync(order, ct));
    }

    internal async Task<ChargeBreakdown> CalculateAsync(Order order, CancellationToken ct)
    {
        var rate = order.VndPerCny is { } locked ? ExchangeRate.Of(locked) : await settings.CurrentRateAsync(ct);
        var fees = await settings.CurrentFeesAsync(ct);
        var paid = await ledger.OrderPaidAsync(order.Id, ct);
        var input = new ChargeInput(
            Domain.Money.Money.Cny(order.GoodsValueCny), rate,
            [.. order.Lines.Select(l => (l.Product.UnitPriceCny, l.Product.Quantity))],
            order.Options.Inspection, order.Options.WoodenCrate, order.Options.Insurance,
            Domain.Money.Money.Zero(Currency.CNY), Domain.Money.Money.Zero(Currency.VND),
            Paid: Domain.Money.Money.Vnd(paid));
        return ChargeCalculator.Calculate(input, fees);
    }

    internal static ChargesDto ToDto(Order order, ChargeBreakdown b) => new(
        order.Id, order.Code, order.VndPerCny is not null, b.GoodsValueCny.Amount, b.VndPerCny, b.GoodsValueVnd.Amount,
        b.ServiceFeePercent, b.ServiceFeeBeforeDiscounts.Amount, b.LoyaltyDiscount.Amount, b.CodeDiscount.Amount,
        b.ServiceFee.Amount, b.ChinaShippingCny.Amount, b.ChinaShippingVnd.Amount, b.InternationalShipping.Amount,
        b.InspectionFee.Amount, b.WoodenCrateFee.Amount, b.InsuranceFee.Amount, b.Supplementary.Amount, b.Credits.Amount,
        b.Total.Amount, b.AdvancePercent, b.Deposit.Amount, b.Paid.Amount, b.Due.Amount);
}
