using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics.Events;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A customer says an anonymous parcel is theirs: the tracking number they know, which of their open orders it belongs
/// to, what is inside and a photo (the shop's shipping screen, the goods). Staff confirm it, and the parcel is matched
/// to that order as if they had matched it themselves, or reject it with a reason. Several customers may claim the same
/// parcel; once it goes to an order, the other claims close.
/// </summary>
public sealed class ParcelClaim : AggregateRoot
{
    public const int MaxDescriptionLength = 500;
    public const int MaxReasonLength = 500;

    private ParcelClaim()
    {
        Code = ParcelCode = TrackingNumber = OrderCode = Description = string.Empty;
    }

    public string Code { get; private init; }

    public Guid ParcelId { get; private init; }

    public string ParcelCode { get; private init; }

    public string TrackingNumber { get; private init; }

    public Guid CustomerId { get; private init; }

    public string? CustomerCode { get; private init; }

    public Guid OrderId { get; private init; }

    public string OrderCode { get; private init; }

    public string Description { get; private init; }

    public Guid PhotoId { get; private init; }

    public ParcelClaimStatus Status { get; private set; }

    public DateTimeOffset ClaimedAt { get; private init; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>
    /// The customer (<paramref name="actor"/>) claims <paramref name="parcel"/> for their open order <paramref name="order"/>,
    /// knowing its tracking number. A parcel that already belongs to an order cannot be claimed.
    /// </summary>
    public static ParcelClaim File(
        Actor actor, string code, Parcel parcel, ParcelOwner order, string? trackingNumber, string? description, Guid photoId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(order);
        LogisticsRules.EnsureMayClaimParcels(actor);
        if (order.CustomerId != actor.UserId)
        {
            throw new ArgumentException($"Order {order.OrderCode} is not the claiming customer's.", nameof(order));
        }

        new Check()
            .Required(description, "description", MaxDescriptionLength)
            .That(string.Equals(trackingNumber?.Trim(), parcel.TrackingNumber, StringComparison.OrdinalIgnoreCase), "trackingNumber", "is not this parcel's tracking number")
            .ThrowIfAny();
        if (!parcel.IsAnonymous)
        {
            throw new DomainException(LogisticsErrors.AlreadyOwned, $"Parcel {parcel.Code} already belongs to an order: it cannot be claimed.");
        }

        var claim = new ParcelClaim
        {
            Code = code, ParcelId = parcel.Id, ParcelCode = parcel.Code, TrackingNumber = parcel.TrackingNumber,
            CustomerId = order.CustomerId, CustomerCode = order.CustomerCode, OrderId = order.OrderId, OrderCode = order.OrderCode,
            Description = description!.Trim(), PhotoId = photoId, Status = ParcelClaimStatus.Pending, ClaimedAt = now,
        };
        claim.Raise(new ParcelClaimFiled(claim.Id, code, parcel.Id, parcel.Code, order.CustomerId, order.OrderId, now));
        return claim;
    }

    /// <summary>Staff agree: <paramref name="parcel"/> (this claim's) is matched to the claimed order, on its own timeline.</summary>
    public void Confirm(Actor actor, Parcel parcel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        LogisticsRules.EnsureMayMatchParcels(actor);
        if (parcel.Id != ParcelId)
        {
            throw new ArgumentException($"Parcel {parcel.Code} is not claim {Code}'s.", nameof(parcel));
        }

        EnsurePending();
        if (!parcel.IsAnonymous)
        {
            throw new DomainException(LogisticsErrors.AlreadyOwned, $"Parcel {parcel.Code} already belongs to order {parcel.OrderCode}: the claim cannot be confirmed.");
        }

        parcel.MatchTo(actor, new ParcelOwner(OrderId, OrderCode, CustomerId, CustomerCode), now);
        Decide(actor, ParcelClaimStatus.Confirmed, null, now);
    }

    /// <summary>Staff refuse, saying why: the customer reads the reason.</summary>
    public void Reject(Actor actor, string? reason, DateTimeOffset now)
    {
        LogisticsRules.EnsureMayMatchParcels(actor);
        new Check().Required(reason, "reason", MaxReasonLength).ThrowIfAny();
        EnsurePending();
        Decide(actor, ParcelClaimStatus.Rejected, reason!.Trim(), now);
    }

    /// <summary>
    /// The parcel went to <paramref name="orderId"/> by another way (staff matched it, another claim was confirmed): a
    /// pending claim for that same order is confirmed by it, any other closes. A decided claim stays as it is.
    /// </summary>
    public bool FollowMatch(Guid orderId, string orderCode, DateTimeOffset now)
    {
        if (Status != ParcelClaimStatus.Pending)
        {
            return false;
        }

        if (orderId == OrderId)
        {
            Decide(Actor.System, ParcelClaimStatus.Confirmed, null, now);
        }
        else
        {
            Decide(Actor.System, ParcelClaimStatus.Closed, orderCode, now);
        }

        return true;
    }

    /// <summary>Who may see it: staff, and the customer who sent it.</summary>
    public bool IsVisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaff || actor.UserId == CustomerId;
    }

    private void EnsurePending()
    {
        if (Status != ParcelClaimStatus.Pending)
        {
            throw new DomainException(LogisticsErrors.ClaimDecided, $"Claim {Code} is {Status}: only a pending claim is decided.");
        }
    }

    private void Decide(Actor actor, ParcelClaimStatus status, string? reason, DateTimeOffset now)
    {
        (Status, Reason, DecidedAt) = (status, reason, now);
        (DecidedById, DecidedByName) = actor.IsSystem ? ((Guid?)null, (string?)null) : (actor.UserId, actor.Name);
        Raise(new ParcelClaimDecided(Id, Code, ParcelCode, CustomerId, OrderId, OrderCode, status, reason, now));
    }
}
