namespace Ordo.Domain.Logistics;

public enum DeliveryRequestStatus
{
    /// <summary>Asked for; waits for the forwarding manager to release the parcels.</summary>
    Open,

    /// <summary>The parcels were released for delivery.</summary>
    Released,
}
