using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>What an order cost the agent: the shop payments in CNY (and in VND at the rate paid), China shipping, the bargaining saving.</summary>
public sealed class OrderCosts(OrdoDbContext db)
{
    /// <summary>One payment to a shop, as the ledger booked it.</summary>
    public sealed record ShopPaymentDto(Guid EntryId, DateTimeOffset At, decimal AmountCny, decimal VndPerCny, decimal AmountVnd);

    /// <summary>
    /// The order's costs. <paramref name="PriceIncreaseCny"/>: what the shop's higher prices added to what the customer pays;
    /// <paramref name="BargainingSavingCny"/>: the bargaining discount plus what the shop's lower prices saved, the agent's.
    /// </summary>
    public sealed record CostsDto(
        Guid OrderId, string Code, bool Purchased, StaffRefDto? Buyer, string? BuyingAccount, IReadOnlyList<string> ShopOrderNumbers,
        decimal CustomerGoodsValueCny, decimal GoodsCostCny, decimal ChinaShippingCny, decimal BargainDiscountCny, decimal PaidCny,
        decimal VndPerCny, decimal PaidVnd, decimal PriceIncreaseCny, decimal BargainingSavingCny, IReadOnlyList<ShopPaymentDto> Payments,
        DateTimeOffset? PurchasedAt);

    public async Task<CostsDto> GetAsync(Actor actor, Guid orderId, CancellationToken ct)
    {
        BuyingRules.EnsureMaySeeCosts(actor);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct)
                    ?? throw new NotFoundException("Order", orderId.ToString());
        var purchase = await db.ShopPurchases.AsNoTracking().FirstOrDefaultAsync(p => p.OrderId == orderId, ct);
        var cnKey = LedgerAccount.CnPayment.Key;
        var payments = await (from l in db.JournalLines.AsNoTracking()
                              join e in db.JournalEntries on l.EntryId equals e.Id
                              where e.OrderId == orderId && e.Kind == JournalEntryKind.ShopPayment && l.AccountKey == cnKey
                              orderby e.OccurredAt
                              select new { e.Id, e.OccurredAt, Amount = -l.Amount }).ToListAsync(ct);
        var rate = purchase?.VndPerCny ?? 0m;
        var increase = order.Lines.Sum(l => l.PriceIncreaseCny);
        var lowerPrices = order.Lines.Sum(l => l.PriceSavingCny);
        return new CostsDto(
            order.Id, order.Code, purchase is not null,
            order.BuyerId is { } buyer ? new StaffRefDto(buyer, order.BuyerName ?? string.Empty) : null,
            purchase?.BuyingAccountName, purchase?.ShopOrderNumbers ?? [],
            order.GoodsValueCny, purchase?.GoodsCostCny ?? 0m, purchase?.ChinaShippingCny ?? 0m, purchase?.BargainDiscountCny ?? 0m,
            purchase?.PaidCny ?? 0m, rate, purchase?.PaidVnd ?? 0m,
            purchase is null ? 0m : increase, purchase is null ? 0m : (purchase.BargainDiscountCny + lowerPrices),
            [.. payments.Select(p => new ShopPaymentDto(p.Id, p.OccurredAt, p.Amount, rate, rate == 0 ? 0 : ExchangeRate.Of(rate).ToVnd(Domain.Money.Money.Cny(p.Amount)).Amount))],
            purchase?.PurchasedAt);
    }
}
