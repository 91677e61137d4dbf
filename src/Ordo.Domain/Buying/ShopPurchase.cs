using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// What the buying department did at the shop for one purchase order: the shop's order number(s), the marketplace
/// account that bought, what the agent really paid in China (goods at the shop's prices, China shipping, less the
/// discount the buyer bargained for) and at which CNY rate. The customer's side of the same purchase (real prices,
/// shortages, what they pay) is on the order; this is the agent's cost, which the customer does not see.
/// </summary>
public sealed class ShopPurchase : AggregateRoot
{
    public const int MaxNoteLength = 1000;

    private ShopPurchase()
    {
        OrderCode = BuyerName = string.Empty;
        ShopOrderNumbers = [];
    }

    public Guid OrderId { get; private init; }

    public string OrderCode { get; private init; }

    public Guid BuyerId { get; private init; }

    public string BuyerName { get; private init; }

    public Guid? BuyingAccountId { get; private init; }

    public string? BuyingAccountName { get; private init; }

    public List<string> ShopOrderNumbers { get; private set; }

    /// <summary>Σ shop unit price × quantity supplied, in CNY.</summary>
    public decimal GoodsCostCny { get; private init; }

    public decimal ChinaShippingCny { get; private init; }

    /// <summary>The discount the buyer won off the shop's total: the agent's bargaining saving.</summary>
    public decimal BargainDiscountCny { get; private init; }

    /// <summary>What left the CN payment account for this order: goods + China shipping − bargaining discount.</summary>
    public decimal PaidCny { get; private init; }

    /// <summary>The CNY→VND rate in force when the agent paid: what the payment cost in dong.</summary>
    public decimal VndPerCny { get; private init; }

    public string? Note { get; private init; }

    public DateTimeOffset PurchasedAt { get; private init; }

    public decimal PaidVnd => ExchangeRate.Of(VndPerCny).ToVnd(Money.Money.Cny(PaidCny)).Amount;

    /// <summary>
    /// Records the purchase of <paramref name="order"/>, which the order has just accepted (<see cref="Order.RecordPurchase"/>),
    /// and the ledger entry of what was paid: Dr shop payables, Cr CN payment account, in CNY (the CN money book).
    /// The entry is null when nothing was paid (a bargain that covered it all).
    /// </summary>
    public static (ShopPurchase Purchase, JournalEntry? Payment) Record(
        Order order, Actor actor, BuyingAccountRef? account, IReadOnlyList<string>? shopOrderNumbers,
        decimal bargainDiscountCny, ExchangeRate rate, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(actor);
        var goods = order.Lines.Sum(l => l.AmountCny);
        var check = new Check();
        var numbers = Buying.ShopOrderNumbers.Parse(shopOrderNumbers, check);
        check.That(bargainDiscountCny >= 0, "bargainDiscountCny", "must not be negative")
            .That(bargainDiscountCny <= goods + order.ChinaShippingCny, "bargainDiscountCny", "must be at most what the shop charged")
            .Decimals(bargainDiscountCny, "bargainDiscountCny", 2)
            .MaxLength(note, "note", MaxNoteLength);
        check.ThrowIfAny();
        var paid = goods + order.ChinaShippingCny - bargainDiscountCny;
        var purchase = new ShopPurchase
        {
            OrderId = order.Id,
            OrderCode = order.Code,
            BuyerId = actor.UserId,
            BuyerName = actor.Name,
            BuyingAccountId = account?.Id,
            BuyingAccountName = account?.Name,
            ShopOrderNumbers = numbers,
            GoodsCostCny = goods,
            ChinaShippingCny = order.ChinaShippingCny,
            BargainDiscountCny = bargainDiscountCny,
            PaidCny = paid,
            VndPerCny = rate.VndPerCny,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            PurchasedAt = now,
        };
        var entry = paid > 0
            ? JournalEntry.Post(JournalEntryKind.ShopPayment, $"Paid the shop for {order.Code} ({string.Join(", ", numbers)})",
                Postings.PayShop(Money.Money.Cny(paid)), actor, now, order.Id, order.CustomerId, purchase.Id)
            : null;
        return (purchase, entry);
    }

    /// <summary>The numbers an approved change gives (<see cref="ShopOrderNumberChange.Approve"/>).</summary>
    internal void ChangeShopOrderNumbers(IReadOnlyList<string> numbers) => ShopOrderNumbers = [.. numbers];
}
