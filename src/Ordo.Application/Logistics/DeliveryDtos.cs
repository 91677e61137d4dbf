using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>A customer's request for delivery: its parcels by id and by code, whose it is, where to and whether it was released.</summary>
public sealed record DeliveryRequestDto(
    Guid Id, string Code, Guid CustomerId, IReadOnlyList<Guid> ParcelIds, string Address, string Phone, string? Note,
    DeliveryRequestStatus Status, Guid? ReleaseId, DateTimeOffset RequestedAt, int Version, string? CustomerCode, IReadOnlyList<string> ParcelCodes);

/// <summary>A release (export slip): its parcels, each order's total, what was paid and what the driver collects.</summary>
public sealed record ReleaseDto(
    Guid Id, string Code, Guid CustomerId, string? CustomerCode, string Warehouse, bool CashOnDelivery, ReleaseStatus Status,
    string? Address, string? Phone, string? Note, decimal WeightKg, decimal ToCollectVnd, decimal CollectedVnd, DateTimeOffset ReleasedAt,
    string ReleasedBy, Guid? DeliveryRequestId, int Version, IReadOnlyList<ReleaseParcel> Parcels, IReadOnlyList<ReleaseOrder> Orders);

public sealed record DeliveryDto(
    Guid Id, Guid ReleaseId, string ReleaseCode, string? CustomerCode, string? Address, string? Phone, decimal ToCollectVnd,
    DeliveryStatus Status, decimal CollectedVnd, string? FailureReason, DateTimeOffset? At);

/// <summary>A driver's run: its stops, the cash collected, what was handed in and what the driver still holds.</summary>
public sealed record DeliveryRunDto(
    Guid Id, string Code, Guid DriverId, string DriverName, DeliveryRunStatus Status, DateTimeOffset PlannedAt, DateTimeOffset? FinishedAt,
    decimal CollectedVnd, decimal HandedInVnd, decimal CashHeldVnd, int Version, IReadOnlyList<DeliveryDto> Deliveries);

internal static class DeliveryMapping
{
    /// <summary>The request with its parcels' codes (in the order it names them) and its customer's code, from <paramref name="parcels"/>.</summary>
    public static DeliveryRequestDto ToDto(this DeliveryRequest r, IReadOnlyDictionary<Guid, (string Code, string? CustomerCode)> parcels) =>
        new(r.Id, r.Code, r.CustomerId, r.ParcelIds, r.Address, r.Phone, r.Note, r.Status, r.ReleaseId, r.RequestedAt, r.Version,
            r.ParcelIds.Select(id => parcels.TryGetValue(id, out var p) ? p.CustomerCode : null).FirstOrDefault(c => c is not null),
            [.. r.ParcelIds.Select(id => parcels.TryGetValue(id, out var p) ? p.Code : id.ToString())]);

    public static ReleaseDto ToDto(this Release r) => new(
        r.Id, r.Code, r.CustomerId, r.CustomerCode, r.WarehouseCode, r.CashOnDelivery, r.Status, r.Address, r.Phone, r.Note, r.WeightKg,
        r.ToCollectVnd, r.CollectedVnd, r.ReleasedAt, r.ReleasedByName, r.DeliveryRequestId, r.Version,
        [.. r.Parcels.OrderBy(p => p.ParcelCode, StringComparer.Ordinal)], [.. r.Orders.OrderBy(o => o.OrderCode, StringComparer.Ordinal)]);

    public static DeliveryRunDto ToDto(this DeliveryRun r) => new(
        r.Id, r.Code, r.DriverId, r.DriverName, r.Status, r.PlannedAt, r.FinishedAt, r.CollectedVnd, r.HandedInVnd, r.CashHeldVnd, r.Version,
        [.. r.Deliveries.OrderBy(d => d.ReleaseCode, StringComparer.Ordinal).Select(d => new DeliveryDto(
            d.Id, d.ReleaseId, d.ReleaseCode, d.CustomerCode, d.Address, d.Phone, d.ToCollectVnd, d.Status, d.CollectedVnd, d.FailureReason, d.At))]);
}
