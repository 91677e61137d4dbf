using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Application.Money;

/// <summary>What an order costs and what is still due, from the fee engine and the ledger.</summary>
public sealed class OrderCharges(OrdoDbContext db, MoneySettings settings, Ledger ledger)
{
    public async Task<ChargesDto> GetAsync(Actor actor, Guid orderId, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Charges).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", orderId.ToString());
        }

        return ToDto(order, await CalculateAsync(order, ct));
    }

    /// <summary>
    /// What prices the order, read once: before the deposit, today's rate (the customer's group's, if it has one),
    /// today's fee tables and the customer's terms as they are now; from the deposit on, the order's own rate and
    /// terms with the fee tables of its moment. With what the ledger says was paid.
    /// </summary>
    internal async Task<OrderPricing> PricingAsync(Order order, CancellationToken ct)
    {
        var paid = Cash.Vnd(await ledger.OrderPaidAsync(order.Id, ct));
        if (order.PricedAt is { } pricedAt && order.VndPerCny is { } locked)
        {
            return new OrderPricing(ExchangeRate.Of(locked), await settings.FeesAtAsync(pricedAt, ct), order.PricedTerms, paid);
        }

        var profile = await db.Users.AsNoTracking().Where(u => u.Id == order.CustomerId)
            .Select(u => new CustomerTerms(u.ServiceFeePercent, u.LoyaltyTierId, u.CustomerGroupId)).FirstOrDefaultAsync(ct);
        var tier = profile?.LoyaltyTierId is { } tierId
            ? await db.LoyaltyTiers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tierId, ct)
            : null;
        // A rate kept without a pricing moment comes from before the deposit fixed the whole price.
        var rate = order.VndPerCny is { } kept ? ExchangeRate.Of(kept) : await settings.CurrentRateAsync(ct, profile?.CustomerGroupId);
        return new OrderPricing(rate, await settings.CurrentFeesAsync(ct), TermsOf(profile, tier), paid);
    }

    /// <summary>The breakdown by <see cref="PricingAsync"/>.</summary>
    internal async Task<ChargeBreakdown> CalculateAsync(Order order, CancellationToken ct) => order.Price(await PricingAsync(order, ct));

    /// <summary>
    /// The breakdowns of many deposited orders (the order balances) in two queries however many orders: the fee
    /// tables of every moment and the paid amounts, counting this unit of work's postings. A deposited order is
    /// priced by its own rate and terms only, so no customer's current terms or today's rate are read.
    /// </summary>
    internal async Task<IReadOnlyDictionary<Guid, ChargeBreakdown>> CalculatePricedAsync(IReadOnlyList<Order> orders, CancellationToken ct)
    {
        var feesAt = await settings.FeesByMomentAsync(ct);
        var keys = orders.Select(o => LedgerAccount.Order(o.Id).Key).ToList();
        var sums = await db.JournalLines.AsNoTracking().Where(l => keys.Contains(l.AccountKey))
            .GroupBy(l => l.AccountKey).Select(g => new { g.Key, Sum = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        // Lines posted earlier in this unit of work count too, as the ledger's own sums count them.
        foreach (var pending in db.ChangeTracker.Entries<JournalLine>().Where(e => e.State == EntityState.Added && keys.Contains(e.Entity.AccountKey)))
        {
            sums[pending.Entity.AccountKey] = sums.GetValueOrDefault(pending.Entity.AccountKey) + pending.Entity.Amount;
        }

        var result = new Dictionary<Guid, ChargeBreakdown>();
        foreach (var order in orders)
        {
            if (order.PricedAt is not { } pricedAt || order.VndPerCny is not { } locked)
            {
                throw new InvalidOperationException($"Order {order.Code} has no deposit yet: its price follows today's rate and terms.");
            }

            var paid = LedgerAccount.Order(order.Id).BalanceOf(sums.GetValueOrDefault(LedgerAccount.Order(order.Id).Key));
            result[order.Id] = order.Price(new OrderPricing(ExchangeRate.Of(locked), feesAt(pricedAt), order.PricedTerms, paid));
        }

        return result;
    }

    private static PricingTerms TermsOf(CustomerTerms? profile, LoyaltyTier? tier) =>
        new(profile?.ServiceFeePercent, tier?.ServiceFeeDiscountPercent ?? 0m, tier?.AdvancePercent);

    private sealed record CustomerTerms(decimal? ServiceFeePercent, Guid? LoyaltyTierId, Guid? CustomerGroupId);

    /// <summary>When what an order costs falls below what was paid, the difference goes back to the wallet.</summary>
    internal async Task RefundExcessAsync(Actor actor, Order order, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var breakdown = await CalculateAsync(order, ct);
        // Never more than was paid: a credit larger than the order's cost does not create wallet money.
        var excess = Cash.Min(breakdown.Due.Negate(), breakdown.Paid);
        if (excess.IsPositive && order.Status is not (OrderStatus.Submitted or OrderStatus.Approved))
        {
            await ledger.PostAsync(order.Refund(actor, excess, breakdown.Paid, RefundCause.Overpaid, note, now), ct);
        }
    }

    /// <summary>The order is closed without goods (cancelled, out of stock): everything paid towards it goes back to the wallet.</summary>
    internal async Task RefundAllPaidAsync(Actor actor, Order order, RefundCause cause, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var paid = await ledger.OrderPaidAsync(order.Id, ct);
        if (paid > 0)
        {
            await ledger.PostAsync(order.Refund(actor, Cash.Vnd(paid), Cash.Vnd(paid), cause, note, now), ct);
        }
    }

    internal static ChargesDto ToDto(Order order, ChargeBreakdown b) => new(
        order.Id, order.Code, order.VndPerCny is not null, b.GoodsValueCny.Amount, b.VndPerCny, b.GoodsValueVnd.Amount,
        b.ServiceFeePercent, b.ServiceFeeBeforeDiscounts.Amount, b.LoyaltyDiscount.Amount, b.CodeDiscount.Amount,
        b.ServiceFee.Amount, b.ChinaShippingCny.Amount, b.ChinaShippingVnd.Amount, b.InternationalShipping.Amount,
        b.InspectionFee.Amount, b.WoodenCrateFee.Amount, b.InsuranceFee.Amount, b.Supplementary.Amount, b.Credits.Amount,
        b.Total.Amount, b.AdvancePercent, b.Deposit.Amount, b.Paid.Amount, b.Due.Amount, order.DiscountCode,
        [.. order.Charges.OrderBy(c => c.At).Select(c => new ChargeLineDto(c.Id, c.Kind, c.AmountVnd, c.Reason, c.At, c.ByName))]);
}
