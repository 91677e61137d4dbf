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
    IReadOnlyList<ParcelHistoryDto> History, string? ShipmentCode = null, string? Shelf = null, DateTimeOffset? ArrivedAt = null,
    DateTimeOffset? MissingSince = null, string? ReleaseCode = null);

public sealed record ShipmentParcelDto(Guid ParcelId, string ParcelCode, decimal WeightKg, decimal ChargeableWeightKg, bool Received);

public sealed record ShipmentHistoryDto(int Sequence, ShipmentStatus Status, string Action, DateTimeOffset At, string By, string? Remark);

/// <summary>A shipment with its counts: packed, received in Vietnam and still not found; its weight as packed.</summary>
public sealed record ShipmentDto(
    Guid Id, string Code, string Origin, string Destination, ShipmentStatus Status, string? Note, int ParcelCount, int ReceivedCount,
    int MissingCount, decimal TotalWeightKg, DateTimeOffset OpenedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? ArrivedAt,
    DateTimeOffset? ReceivedAt, int Version, IReadOnlyList<ShipmentParcelDto> Parcels, IReadOnlyList<ShipmentHistoryDto> History);

internal static class LogisticsMapping
{
    public static WarehouseDto ToDto(this Warehouse w) => new(w.Id, w.Code, w.Name, w.Country, w.Address, w.IsActive, w.Version);

    public static ParcelDto ToDto(this Parcel p) => new(
        p.Id, p.Code, p.TrackingNumber, p.OrderId, p.OrderCode, p.CustomerCode, p.IsAnonymous, p.IsExcess, p.IsMatched, p.Status, p.WarehouseCode,
        p.DestinationCode, p.Measurements.WeightKg, p.Measurements.LengthCm, p.Measurements.WidthCm, p.Measurements.HeightCm,
        p.ChargeableWeightKg, p.Warnings, p.HandlingNote, p.ReceivedAt, p.Version,
        [.. p.History.OrderBy(h => h.Sequence).Select(h => new ParcelHistoryDto(h.Sequence, h.Action, h.Status, h.WarehouseCode, h.At, h.ActorName, h.Remark))],
        p.ShipmentCode, p.Shelf, p.ArrivedAt, p.MissingSince, p.ReleaseCode);

    /// <summary><paramref name="missing"/>: how many of its parcels are flagged missing or lost now.</summary>
    public static ShipmentDto ToDto(this Shipment s, int missing) => new(
        s.Id, s.Code, s.OriginCode, s.DestinationCode, s.Status, s.Note, s.Parcels.Count, s.Parcels.Count(p => p.Received), missing,
        s.Status == ShipmentStatus.Open ? s.Parcels.Sum(p => p.WeightKg) : s.TotalWeightKg, s.OpenedAt, s.DispatchedAt, s.ArrivedAt, s.ReceivedAt, s.Version,
        [.. s.Parcels.OrderBy(p => p.PackedAt).Select(p => new ShipmentParcelDto(p.ParcelId, p.ParcelCode, p.WeightKg, p.ChargeableWeightKg, p.Received))],
        [.. s.History.OrderBy(h => h.Sequence).Select(h => new ShipmentHistoryDto(h.Sequence, h.Status, h.Action, h.At, h.ActorName, h.Remark))]);
}

/// <summary>A stocktake with its counts: parcels expected on the shelves, counted, not found (of which declared lost), and found but not expected.</summary>
public sealed record StocktakeSummaryDto(
    Guid Id, string Code, string Warehouse, Country Country, StocktakeStatus Status, DateTimeOffset StartedAt, string StartedBy,
    DateTimeOffset? ClosedAt, string? ClosedBy, int ExpectedCount, int CountedCount, int NotFoundCount, int LostCount, int FindsCount, int Version);

/// <summary>A parcel the stocktake expected: where the system had it, and whether it was found (where) or declared lost.</summary>
public sealed record StocktakeLineDto(
    Guid ParcelId, string ParcelCode, string? Shelf, string? OrderCode, string? CustomerCode, ParcelStatus Status, bool Counted,
    DateTimeOffset? CountedAt, string? CountedShelf, bool MarkedLost);

/// <summary>Something scanned that the stocktake did not expect, in the order scanned.</summary>
public sealed record StocktakeFindDto(
    int Position, string Code, Guid? ParcelId, StocktakeScanOutcome Outcome, ParcelStatus? ParcelStatus, string? Warehouse, string? Shelf, DateTimeOffset ScannedAt);

/// <summary>A stocktake with every line and find.</summary>
public sealed record StocktakeDto(StocktakeSummaryDto Summary, IReadOnlyList<StocktakeLineDto> Lines, IReadOnlyList<StocktakeFindDto> Finds);

/// <summary>What one scan found, the parcel it was (none for an unknown code), and the count as it stands.</summary>
public sealed record StocktakeScanDto(StocktakeScanOutcome Outcome, string Code, ParcelDto? Parcel, StocktakeSummaryDto Stocktake);

internal static class StocktakeMapping
{
    public static StocktakeSummaryDto ToSummary(this Stocktake s) => new(
        s.Id, s.Code, s.WarehouseCode, s.Country, s.Status, s.StartedAt, s.StartedByName, s.ClosedAt, s.ClosedByName,
        s.Lines.Count, s.Lines.Count(l => l.Counted), s.Lines.Count(l => !l.Counted), s.Lines.Count(l => l.MarkedLost), s.Finds.Count, s.Version);

    public static StocktakeDto ToDto(this Stocktake s) => new(
        s.ToSummary(),
        [.. s.Lines.OrderBy(l => l.Counted).ThenBy(l => l.Shelf, StringComparer.Ordinal).ThenBy(l => l.ParcelCode, StringComparer.Ordinal)
            .Select(l => new StocktakeLineDto(l.ParcelId, l.ParcelCode, l.Shelf, l.OrderCode, l.CustomerCode, l.Status, l.Counted, l.CountedAt, l.CountedShelf, l.MarkedLost))],
        [.. s.Finds.OrderBy(f => f.Position).Select(f => new StocktakeFindDto(f.Position, f.Code, f.ParcelId, f.Outcome, f.ParcelStatus, f.WarehouseCode, f.Shelf, f.ScannedAt))]);
}
