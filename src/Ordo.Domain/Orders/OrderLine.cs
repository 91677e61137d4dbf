namespace Ordo.Domain.Orders;

/// <summary>One product of a purchase order.</summary>
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

    internal void Change(ProductDetails product) => Product = product;
}
