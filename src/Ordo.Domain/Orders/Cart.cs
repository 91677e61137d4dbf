namespace Ordo.Domain.Orders;

/// <summary>Rules for turning cart lines into orders.</summary>
public static class Cart
{
    /// <summary>
    /// One purchase order per shop: the agent buys from each shop separately, so each shop's goods
    /// travel and are paid for as one order. Groups keep the order in which lines were added.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CartLine>> SplitByShop(IEnumerable<CartLine> lines) =>
    [
        .. lines
            .OrderBy(l => l.AddedAt)
            .GroupBy(l => (l.Product.Marketplace, ShopId: l.Product.ShopId.ToUpperInvariant()))
            .Select(g => (IReadOnlyList<CartLine>)g.ToList()),
    ];
}
