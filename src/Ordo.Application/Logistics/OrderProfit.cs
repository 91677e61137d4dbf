using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Money;

namespace Ordo.Application.Logistics;

/// <summary>
/// An order's net profit, for managers: what the customer is charged (after the loyalty and code discounts and any
/// credits) less what the agent paid the shop (goods and China shipping, at the rate paid) and the freight carrier
/// (chargeable kg × the cost table of each parcel's arrival).
/// </summary>
public sealed class OrderProfit(OrdoDbContext db, OrderCharges charges, ShippingTariffs tariffs)
{
    /// <summary>One parcel's freight cost.</summary>
    public sealed record FreightDto(Guid ParcelId, string ParcelCode, string Warehouse, decimal ChargeableWeightKg, decimal CostVnd);

    /// <summary>
    /// The figures, in whole dong. <paramref name="ChargesVnd"/>: the order's total; <paramref name="DiscountsVnd"/>: the
    /// loyalty and code discounts and credits already taken off it; <paramref name="ShopPaymentsVnd"/>: goods and China
    /// shipping as paid; <paramref name="FreightCostVnd"/>: the carrier's; <paramref name="ProfitVnd"/>: charges less costs.
    /// </summary>
    public sealed record ProfitDto(
        Guid OrderId, string Code, decimal ChargesVnd, decimal ServiceFeeVnd, decimal InternationalShippingVnd, decimal ServicesVnd,
        decimal DiscountsVnd, decimal ShopPaymentsVnd, decimal FreightCostVnd, decimal CostsVnd, decimal ProfitVnd, IReadOnlyList<FreightDto> Freight);

    public async Task<ProfitDto> GetAsync(Actor actor, Guid orderId, CancellationToken ct)
    {
        LogisticsRules.EnsureMaySeeProfit(actor);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Charges).AsSplitQuery()
                        .FirstOrDefaultAsync(o => o.Id == orderId, ct) ?? throw new NotFoundException("Order", orderId.ToString());
        var breakdown = await charges.CalculateAsync(order, ct);
        var purchase = await db.ShopPurchases.AsNoTracking().FirstOrDefaultAsync(p => p.OrderId == orderId, ct);
        var parcels = await db.Parcels.AsNoTracking().Where(p => p.OrderId == orderId && p.ArrivedAt != null).ToListAsync(ct);
        var freight = new List<FreightDto>();
        foreach (var parcel in parcels.OrderBy(p => p.ReceivedAt))
        {
            var tariff = await tariffs.AtAsync(parcel.ArrivedAt!.Value, ct);
            freight.Add(new FreightDto(parcel.Id, parcel.Code, parcel.WarehouseCode, parcel.ChargeableWeightKg, tariff.CostFor(parcel.DestinationCode, parcel.ChargeableWeightKg).Amount));
        }

        var shop = purchase?.PaidVnd ?? 0m;
        var carrier = freight.Sum(f => f.CostVnd);
        var services = (breakdown.InspectionFee + breakdown.WoodenCrateFee + breakdown.InsuranceFee + breakdown.Supplementary).Amount;
        var discounts = (breakdown.LoyaltyDiscount + breakdown.CodeDiscount + breakdown.Credits).Amount;
        return new ProfitDto(
            order.Id, order.Code, breakdown.Total.Amount, breakdown.ServiceFee.Amount, breakdown.InternationalShipping.Amount, services,
            discounts, shop, carrier, shop + carrier, breakdown.Total.Amount - shop - carrier, freight);
    }
}
