namespace Ordo.Domain.Logistics;

/// <summary>What happened to a parcel, as its own timeline says.</summary>
public enum ParcelAction
{
    Received,

    /// <summary>Staff gave the parcel its order.</summary>
    Matched,

    /// <summary>Packed into a shipment.</summary>
    Packed,

    /// <summary>Taken out of a shipment before it left.</summary>
    Unpacked,

    /// <summary>Its shipment left China.</summary>
    Dispatched,

    /// <summary>Its shipment arrived in Vietnam without it.</summary>
    FlaggedMissing,

    /// <summary>Declared lost.</summary>
    MarkedLost,

    /// <summary>Received in a Vietnam warehouse.</summary>
    ArrivedInVietnam,

    /// <summary>Put on (or moved to) a shelf.</summary>
    Shelved,

    /// <summary>Released for delivery.</summary>
    Released,

    /// <summary>Taken out on a delivery run.</summary>
    OutForDelivery,

    Delivered,

    /// <summary>The delivery failed; the parcel waits for another run.</summary>
    DeliveryFailed,
}
