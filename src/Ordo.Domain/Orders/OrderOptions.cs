namespace Ordo.Domain.Orders;

/// <summary>Services the customer asks for on top of buying and shipping.</summary>
public sealed record OrderOptions(bool Inspection, bool WoodenCrate, bool Insurance)
{
    public static OrderOptions None { get; } = new(false, false, false);
}
