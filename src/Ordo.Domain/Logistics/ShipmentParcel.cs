namespace Ordo.Domain.Logistics;

/// <summary>One parcel packed in a shipment, with the weight it left with and whether Vietnam received it.</summary>
public sealed class ShipmentParcel
{
    private ShipmentParcel()
    {
        ParcelCode = string.Empty;
    }

    internal ShipmentParcel(Parcel parcel, DateTimeOffset at)
    {
        ParcelId = parcel.Id;
        ParcelCode = parcel.Code;
        WeightKg = parcel.Measurements.WeightKg;
        ChargeableWeightKg = parcel.ChargeableWeightKg;
        PackedAt = at;
    }

    public Guid ParcelId { get; private init; }

    public string ParcelCode { get; private init; }

    public decimal WeightKg { get; private init; }

    public decimal ChargeableWeightKg { get; private init; }

    public DateTimeOffset PackedAt { get; private init; }

    public bool Received { get; internal set; }
}
