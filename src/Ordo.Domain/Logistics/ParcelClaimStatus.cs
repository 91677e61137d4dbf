namespace Ordo.Domain.Logistics;

/// <summary>Where a customer's claim on an anonymous parcel stands.</summary>
public enum ParcelClaimStatus
{
    /// <summary>Sent; waits for staff to look at the parcel and the proof.</summary>
    Pending,

    /// <summary>Staff agreed: the parcel now belongs to the claimed order.</summary>
    Confirmed,

    /// <summary>Staff refused, with a reason the customer reads.</summary>
    Rejected,

    /// <summary>The parcel went to another order meanwhile (staff matched it, or another claim was confirmed).</summary>
    Closed,
}
