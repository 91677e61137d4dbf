using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

public sealed record WarehouseDto(Guid Id, string Code, string Name, Country Country, string Address, bool IsActive, int Version);

public sealed record ParcelHistoryDto(int Sequence, ParcelAction Action, ParcelStatus Status, string Warehouse, DateTimeOffset At, string By, string? Remark);

/// <summary>
/// A parcel as staff and its customer see it. <paramref name="OrderId"/> null: anonymous (no open order has the
/// number); <paramref name="Excess"/>: another box under a number already received; <paramref name="Matched"/>: staff gave it its order.
/// </summary>
public sealed record ParcelDto(
    Guid Id, string Code, string TrackingNumber, Guid? OrderId, string? OrderCode, string? CustomerCode, bool Anonymous, bool Excess, bool Matched,
    ParcelStatus Status, string Warehouse, string Destination, decimal WeightKg, decimal LengthCm, decimal WidthCm, decimal HeightCm,
    decimal ChargeableWeightKg, IReadOnlyList<ParcelWarning> Warnings, string? HandlingNote, DateTimeOffset ReceivedAt, int Version,
    IReadOnlyList<ParcelHistoryDto> History);

internal static class LogisticsMapping
{
    public static WarehouseDto ToDto(this Warehouse w) => new(w.Id, w.Code, w.Name, w.Country, w.Address, w.IsActive, w.Version);

    public static ParcelDto ToDto(this Parcel p) => new(
        p.Id, p.Code, p.TrackingNumber, p.OrderId, p.OrderCode, p.CustomerCode, p.IsAnonymous, p.IsExcess, p.IsMatched, p.Status, p.WarehouseCode,
        p.DestinationCode, p.Measurements.WeightKg, p.Measurements.LengthCm, p.Measurements.WidthCm, p.Measurements.HeightCm,
        p.ChargeableWeightKg, p.Warnings, p.HandlingNote, p.ReceivedAt, p.Version,
        [.. p.History.OrderBy(h => h.Sequence).Select(h => new ParcelHistoryDto(h.Sequence, h.Action, h.Status, h.WarehouseCode, h.At, h.ActorName, h.Remark))]);
}
