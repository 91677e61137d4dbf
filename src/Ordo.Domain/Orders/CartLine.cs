using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>One product in a customer's cart (the Draft stage of a purchase order).</summary>
public sealed class CartLine : AggregateRoot
{
    private CartLine()
    {
        Product = null!;
    }

    public Guid CustomerId { get; private set; }

    public ProductDetails Product { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CartLine Add(Guid customerId, ProductDetails product, DateTimeOffset now) => new()
    {
        CustomerId = customerId,
        Product = product,
        AddedAt = now,
        UpdatedAt = now,
    };

    public void Update(ProductDetails product, DateTimeOffset now)
    {
        Product = product;
        UpdatedAt = now;
    }

    /// <summary>A line untouched for the configured cart lifetime has expired (domain.md, Configuration).</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan lifetime) => UpdatedAt + lifetime <= now;

    public static DateTimeOffset ExpiryCutoff(DateTimeOffset now, TimeSpan lifetime) => now - lifetime;
}
