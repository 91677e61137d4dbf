namespace Ordo.Domain.Logistics;

/// <summary>Where a parcel is on the road from the shop to the customer.</summary>
public enum ParcelStatus
{
    /// <summary>Received and measured in a China warehouse.</summary>
    InChinaWarehouse,

    /// <summary>Packed into a shipment (bag, truck load) that has not left yet.</summary>
    Packed,

    /// <summary>Its shipment left China for a Vietnam warehouse.</summary>
    InTransit,

    /// <summary>Its shipment arrived in Vietnam without it; it becomes lost after the configured time.</summary>
    Missing,

    /// <summary>Not found on arrival for longer than the configured time, or not on the shelves at a stocktake.</summary>
    Lost,

    /// <summary>Received in a Vietnam warehouse, on a shelf.</summary>
    InVietnamWarehouse,

    /// <summary>Released for delivery (paid, or cash on delivery): waits for a driver.</summary>
    ReadyForDelivery,

    /// <summary>On a delivery run.</summary>
    Delivering,

    /// <summary>Handed to the customer.</summary>
    Delivered,
}
