namespace Ordo.Application.Logistics;

/// <summary>
/// What the label printed when the China warehouse receives a parcel shows. A parcel with no customer
/// (<see cref="CustomerCode"/> null) is an anonymous one, "hàng không chủ", kept until someone claims it.
/// </summary>
/// <param name="ParcelCode">The warehouse's code for the parcel, printed as a Code 128 barcode: printable ASCII.</param>
/// <param name="ChargeableWeightKg">The weight the customer pays for: the actual or the volumetric one, whichever is more.</param>
/// <param name="Inspection">Tally ("kiểm đếm"): the warehouse counts the items against the order.</param>
/// <param name="ReceivedAt">When the warehouse received it, printed in the offset it is given in.</param>
public sealed record ParcelLabel(
    string ParcelCode,
    string? CustomerCode,
    string? OrderCode,
    decimal WeightKg,
    decimal ChargeableWeightKg,
    string DestinationCode,
    string DestinationName,
    bool WoodenCrate,
    bool Inspection,
    bool Insurance,
    string? HandlingNote,
    DateTimeOffset ReceivedAt);
