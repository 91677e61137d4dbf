namespace Ordo.Domain.Logistics;

/// <summary>Where a parcel is on the road from the shop to the customer.</summary>
public enum ParcelStatus
{
    /// <summary>Received and measured in a China warehouse.</summary>
    InChinaWarehouse,
}
