namespace Ordo.Domain.Orders;

/// <summary>What the shop charged for one line and how many it could supply (0: none of this line).</summary>
public sealed record LinePurchase(Guid LineId, decimal UnitPriceCny, int Quantity);
