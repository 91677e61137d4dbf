namespace Ordo.Domain.Orders;

/// <summary>The customer an order belongs to, as known when the order was placed.</summary>
public sealed record CustomerRef(Guid Id, string Name, string Email, string? Phone);
