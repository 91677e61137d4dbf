using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>A customer claimed an anonymous parcel for one of their orders: it waits for staff.</summary>
public sealed record ParcelClaimFiled(Guid ClaimId, string Code, Guid ParcelId, string ParcelCode, Guid CustomerId, Guid OrderId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A claim was confirmed, rejected (with the reason) or closed because the parcel went elsewhere: the customer is told.</summary>
public sealed record ParcelClaimDecided(
    Guid ClaimId, string Code, string ParcelCode, Guid CustomerId, Guid OrderId, string OrderCode, ParcelClaimStatus Status, string? Reason,
    DateTimeOffset OccurredAt) : IDomainEvent;
