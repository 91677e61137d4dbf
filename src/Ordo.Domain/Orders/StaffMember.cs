namespace Ordo.Domain.Orders;

/// <summary>A staff account that can be assigned to an order.</summary>
public sealed record StaffMember(Guid Id, string Name, IReadOnlySet<string> Roles, bool IsActive);
