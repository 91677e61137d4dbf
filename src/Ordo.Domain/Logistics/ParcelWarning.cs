namespace Ordo.Domain.Logistics;

/// <summary>What the warehouse is told when a parcel is received, besides where it goes.</summary>
public enum ParcelWarning
{
    /// <summary>No open order has the tracking number: the parcel waits for staff to match it or a customer to claim it.</summary>
    Anonymous,

    /// <summary>Several open orders (of different marketplaces) have the number: staff choose.</summary>
    AmbiguousTrackingNumber,

    /// <summary>Another box under a number already received: the order got more than it expected.</summary>
    Excess,

    /// <summary>The order bought a wooden crate: pack it before it leaves.</summary>
    WoodenCrate,

    /// <summary>The order bought a check of its goods (tally).</summary>
    Inspection,

    /// <summary>The order is insured.</summary>
    Insurance,

    /// <summary>The customer left a note for the warehouse (fragile…).</summary>
    HandlingNote,

    /// <summary>The box weighs more than the configured share away from what the customer or the shop declared.</summary>
    WeightDiffers,

    /// <summary>The box's volume (L×W×H) is more than the configured share away from what the shop declared.</summary>
    VolumeDiffers,
}
