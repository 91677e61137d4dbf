namespace Ordo.Domain.Logistics;

/// <summary>A shipment's road: packed in China, on its way, unloaded in Vietnam, every parcel accounted for.</summary>
public enum ShipmentStatus
{
    /// <summary>Being packed: parcels go in and out.</summary>
    Open,

    /// <summary>Left China with its parcel count and weight.</summary>
    Dispatched,

    /// <summary>Scanned in at its Vietnam warehouse; its parcels are being received.</summary>
    Arrived,

    /// <summary>Unloaded: every parcel received or flagged missing.</summary>
    Received,
}
