namespace Ordo.Domain.Logistics;

/// <summary>What happened to a parcel, as its own timeline says.</summary>
public enum ParcelAction
{
    Received,

    /// <summary>Staff gave the parcel its order.</summary>
    Matched,
}
