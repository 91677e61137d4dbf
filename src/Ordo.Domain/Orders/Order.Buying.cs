using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Orders;

/// <summary>
/// The buying step of a purchase order (domain.md: Deposited → Ordering → Ordered → ShopShipped): who buys it, what
/// the shop charged and could supply, and the first tracking number. What only the buying department keeps (shop order
/// numbers, the account used, what was paid in China, the tracking numbers themselves) lives in the Buying feature.
/// </summary>
public sealed partial class Order
{
    public Guid? BuyerId { get; private set; }

    public string? BuyerName { get; private set; }

    /// <summary>The shops' domestic shipping in China, charged to the customer as the shops charged it (0 until bought).</summary>
    public decimal ChinaShippingCny { get; private set; }

    /// <summary>When the shop order was placed: the tracking-number deadline counts from here.</summary>
    public DateTimeOffset? OrderedAt { get; private set; }

    /// <summary>
    /// The order manager puts <paramref name="buyer"/> in charge: a deposited order moves to Ordering; one already
    /// being bought changes hands (the timeline says so).
    /// </summary>
    public void AssignBuyer(Actor actor, StaffMember buyer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        EnsureAllowed(actor, OrderAction.AssignBuyer);
        EnsureBuyer(buyer, "buyerId");
        SetBuyer(actor, buyer, claimed: false, now);
    }

    /// <summary>
    /// Ordering staff take a deposited order themselves while they have fewer than <paramref name="limit"/> orders
    /// open (<paramref name="openOrders"/>: the ones in Ordering that are theirs).
    /// </summary>
    public void Claim(Actor actor, StaffMember self, int openOrders, int limit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(self);
        EnsureAllowed(actor, OrderAction.Claim);
        if (self.Id != actor.UserId)
        {
            throw new ArgumentException("A claim is made by the staff member who claims.", nameof(self));
        }

        if (openOrders >= limit)
        {
            throw new DomainException(OrderErrors.ClaimLimit, $"You already have {openOrders} orders being bought (the limit is {limit}); place those first.");
        }

        SetBuyer(actor, self, claimed: true, now);
    }

    /// <summary>
    /// The buyer records the shop order: per line the shop's real unit price and how many it could supply, and the
    /// shops' China shipping. The order moves to Ordered and is priced on what was really bought; a line the shop
    /// supplied fewer of is a shortage. Every line must be listed once; a shop that supplies nothing closes the order
    /// as out of stock instead. Returns by how much the shop's prices raised what the customer pays (CNY).
    /// </summary>
    public decimal RecordPurchase(Actor actor, IReadOnlyList<LinePurchase> lines, decimal chinaShippingCny, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        EnsureAllowed(actor, OrderAction.Purchase);
        var check = new Check();
        var byId = _lines.ToDictionary(l => l.Id);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (lineId, price, quantity) = lines[i];
            var field = $"lines[{i}]";
            if (!byId.TryGetValue(lineId, out var line))
            {
                check.Add($"{field}.lineId", "is not a line of this order");
                continue;
            }

            check.That(seen.Add(lineId), $"{field}.lineId", "is listed twice")
                .That(quantity >= 0, $"{field}.quantity", "must not be negative")
                .That(quantity <= line.OrderedQuantity, $"{field}.quantity", $"must be at most the {line.OrderedQuantity} ordered")
                .That(price > 0, $"{field}.unitPriceCny", "must be greater than zero")
                .That(price <= ProductDetails.MaxUnitPriceCny, $"{field}.unitPriceCny", $"must be at most {ProductDetails.MaxUnitPriceCny}")
                .Decimals(price, $"{field}.unitPriceCny", 2);
        }

        foreach (var missing in _lines.Where(l => !seen.Contains(l.Id)))
        {
            check.Add("lines", $"must list every line of the order (line {missing.Id} is missing)");
        }

        check.That(chinaShippingCny >= 0, "chinaShippingCny", "must not be negative")
            .That(chinaShippingCny <= ProductDetails.MaxUnitPriceCny, "chinaShippingCny", $"must be at most {ProductDetails.MaxUnitPriceCny}")
            .Decimals(chinaShippingCny, "chinaShippingCny", 2)
            .ThrowIfAny();
        if (lines.All(l => l.Quantity == 0))
        {
            throw new DomainException(OrderErrors.NothingSupplied, $"The shop supplies none of order {Code}: mark it out of stock instead.");
        }

        foreach (var (lineId, price, quantity) in lines)
        {
            byId[lineId].Purchase(price, quantity);
        }

        ChinaShippingCny = chinaShippingCny;
        OrderedAt = now;
        Reindex();
        // What the customer pays beyond the cart's prices for what was really bought.
        var increase = _lines.Sum(l => l.PriceIncreaseCny);
        var shortLines = _lines.Count(l => l.IsShort);
        var remark = PurchaseRemark(shortLines, increase, chinaShippingCny);
        MoveTo(OrderStatus.Ordered, OrderHistoryAction.Purchased, actor, remark, now, customerNotified: true);
        var increaseVnd = VndPerCny is { } rate && increase > 0 ? Money.ExchangeRate.Of(rate).ToVnd(Money.Money.Cny(increase)).Amount : 0m;
        Raise(new OrderPurchased(Id, Code, CustomerId, shortLines, increase, increaseVnd, GoodsValueCny, actor.UserId, now));
        return increase;
    }

    /// <summary>
    /// The buyer enters a tracking number the shop gave (<paramref name="number"/>, already checked to be unique among
    /// the marketplace's); the first moves the order to ShopShipped.
    /// </summary>
    public void AddTrackingNumber(Actor actor, string number, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        EnsureAllowed(actor, OrderAction.AddTrackingNumber);
        if (Status == OrderStatus.Ordered)
        {
            MoveTo(OrderStatus.ShopShipped, OrderHistoryAction.TrackingNumberAdded, actor, number, now, customerNotified: true);
        }
        else
        {
            UpdatedAt = now;
            AppendHistory(OrderHistoryAction.TrackingNumberAdded, Status, Status, actor, number, now, customerNotified: true);
        }

        Raise(new TrackingNumberAdded(Id, Code, CustomerId, number, actor.UserId, now));
    }

    /// <summary>A tracking number entered by mistake is taken back; with none left (<paramref name="remaining"/>) the order is Ordered again.</summary>
    public void RemoveTrackingNumber(Actor actor, string number, int remaining, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        EnsureAllowed(actor, OrderAction.RemoveTrackingNumber);
        if (remaining == 0)
        {
            MoveTo(OrderStatus.Ordered, OrderHistoryAction.TrackingNumberRemoved, actor, number, now, customerNotified: false);
        }
        else
        {
            UpdatedAt = now;
            AppendHistory(OrderHistoryAction.TrackingNumberRemoved, Status, Status, actor, number, now, customerNotified: false);
        }

        Raise(new TrackingNumberRemoved(Id, Code, CustomerId, number, actor.UserId, now));
    }

    /// <summary>The buyer asks to change the shop order numbers (the order's timeline says from what to what, and why).</summary>
    public void RequestShopOrderNumberChange(Actor actor, IReadOnlyList<string> from, IReadOnlyList<string> to, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        EnsureAllowed(actor, OrderAction.ChangeShopOrderNumbers);
        UpdatedAt = now;
        AppendHistory(OrderHistoryAction.ShopOrderNumberChangeRequested, Status, Status, actor,
            Cut($"{string.Join(", ", from)} → {string.Join(", ", to)}: {reason}", MaxReasonLength), now, customerNotified: false);
    }

    /// <summary>The order manager approves the change (the new numbers) or refuses it (with a reason); the timeline says which.</summary>
    public void DecideShopOrderNumberChange(Actor actor, bool approved, IReadOnlyList<string> to, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        EnsureAllowed(actor, OrderAction.DecideShopOrderNumberChange);
        UpdatedAt = now;
        AppendHistory(approved ? OrderHistoryAction.ShopOrderNumbersChanged : OrderHistoryAction.ShopOrderNumberChangeRefused, Status, Status, actor,
            approved ? string.Join(", ", to) : Cut(reason ?? string.Empty, MaxReasonLength), now, customerNotified: false);
    }

    /// <summary>
    /// The buyer says why the order is late (<see cref="Buying.LateOrder.GiveReason"/> keeps the reason); the timeline
    /// shows it to staff, the customer is not told.
    /// </summary>
    public void ExplainDelay(Actor actor, string remark, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remark);
        EnsureAllowed(actor, OrderAction.GiveLateReason);
        UpdatedAt = now;
        AppendHistory(OrderHistoryAction.LateReasonGiven, Status, Status, actor, Cut(remark, MaxReasonLength), now, customerNotified: false);
    }

    private void SetBuyer(Actor actor, StaffMember buyer, bool claimed, DateTimeOffset now)
    {
        if (Status == OrderStatus.Deposited)
        {
            MoveTo(OrderStatus.Ordering, OrderHistoryAction.BuyerAssigned, actor, buyer.Name, now, customerNotified: false);
        }
        else
        {
            UpdatedAt = now;
            AppendHistory(OrderHistoryAction.BuyerAssigned, Status, Status, actor, buyer.Name, now, customerNotified: false);
        }

        BuyerId = buyer.Id;
        BuyerName = buyer.Name;
        Raise(new BuyerAssigned(Id, Code, CustomerId, buyer.Id, claimed, actor.UserId, now));
    }

    private static void EnsureBuyer(StaffMember staff, string field)
    {
        if (!staff.IsActive || !(staff.Roles.Contains(Roles.OrderingStaff) || staff.Roles.Contains(Roles.OrderManager)))
        {
            throw new DomainValidationException(field, "must be an active member of the ordering staff");
        }
    }

    /// <summary>The timeline's words for a purchase: fixed English, as every remark the system writes (pages show the figures).</summary>
    private static string? PurchaseRemark(int shortLines, decimal increaseCny, decimal chinaShippingCny)
    {
        var parts = new List<string>();
        if (shortLines > 0)
        {
            parts.Add($"{shortLines} line(s) short");
        }

        if (increaseCny > 0)
        {
            parts.Add($"shop prices +{increaseCny:0.00} CNY");
        }

        if (chinaShippingCny > 0)
        {
            parts.Add($"China shipping {chinaShippingCny:0.00} CNY");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
