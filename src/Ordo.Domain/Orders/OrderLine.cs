namespace Ordo.Domain.Orders;

/// <summary>
/// One product of a purchase order: what the customer asked for (<see cref="Product"/>, at the cart's price and
/// quantity) and, once the shop order is placed, what the shop really charged and could supply.
/// </summary>
public sealed class OrderLine
{
    private OrderLine()
    {
        Product = null!;
    }

    internal OrderLine(ProductDetails product)
    {
        Product = product;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public ProductDetails Product { get; private set; }

    /// <summary>The unit price the shop really charged, once bought (null before).</summary>
    public decimal? PurchasedUnitPriceCny { get; private set; }

    /// <summary>How many the shop could supply, once bought: at most <see cref="OrderedQuantity"/> (fewer is a shortage).</summary>
    public int? PurchasedQuantity { get; private set; }

    public int OrderedQuantity => Product.Quantity;

    public decimal CartUnitPriceCny => Product.UnitPriceCny;

    /// <summary>The quantity the order is for now: what the shop supplied once bought, what was ordered before.</summary>
    public int Quantity => PurchasedQuantity ?? Product.Quantity;

    /// <summary>The shop's real unit price once bought, the cart's before.</summary>
    public decimal UnitPriceCny => PurchasedUnitPriceCny ?? Product.UnitPriceCny;

    /// <summary>
    /// What the line costs the customer, exact to the fen: the shop's real unit price × the quantity it supplied once
    /// bought (domain.md: goods value follows the real price), the cart's price × the ordered quantity before.
    /// </summary>
    public decimal AmountCny => Fen(UnitPriceCny * Quantity);

    /// <summary>What the shop's higher price adds to the line, told to the customer (0 when it was not higher).</summary>
    public decimal PriceIncreaseCny => Fen(Math.Max(UnitPriceCny - CartUnitPriceCny, 0m) * Quantity);

    /// <summary>
    /// What the shop's lower price took off the line (0 when it was not lower): the customer pays the lower price, and
    /// the order's costs count it as the buyer's bargaining saving.
    /// </summary>
    public decimal PriceSavingCny => Fen(Math.Max(CartUnitPriceCny - UnitPriceCny, 0m) * Quantity);

    public bool IsShort => Quantity < OrderedQuantity;

    private static decimal Fen(decimal cny) => decimal.Round(cny, 2, MidpointRounding.AwayFromZero);

    internal void Change(ProductDetails product) => Product = product;

    internal void Purchase(decimal unitPriceCny, int quantity)
    {
        PurchasedUnitPriceCny = unitPriceCny;
        PurchasedQuantity = quantity;
    }
}
