using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics.Events;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A physical package, from the moment a China warehouse scans the shop's tracking number on it. It keeps what was
/// measured, the order it belongs to (none for an anonymous parcel), where it is and is going, and its own timeline.
/// </summary>
public sealed class Parcel : AggregateRoot
{
    public const int MaxHandlingNoteLength = 500;

    private readonly List<ParcelHistoryEntry> _history = [];
    private readonly List<ParcelWarning> _warnings = [];

    private Parcel()
    {
        Code = TrackingNumber = WarehouseCode = DestinationCode = string.Empty;
        Measurements = null!;
    }

    public string Code { get; private init; }

    public string TrackingNumber { get; private init; }

    public Guid? OrderId { get; private set; }

    public string? OrderCode { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string? CustomerCode { get; private set; }

    /// <summary>Another box under a number already received: more than the order expected.</summary>
    public bool IsExcess { get; private init; }

    public bool IsAnonymous => OrderId is null;

    /// <summary>Staff gave the parcel its order (it came anonymous, or as another box of some order): it counts for that order.</summary>
    public bool IsMatched { get; private set; }

    /// <summary>Whether the parcel stands for one its order expects: any but an excess box nobody matched.</summary>
    public bool CountsForOrder => OrderId is not null && (!IsExcess || IsMatched);

    public ParcelStatus Status { get; private set; }

    /// <summary>The warehouse the parcel is in (or last left).</summary>
    public string WarehouseCode { get; private set; }

    /// <summary>The Vietnam warehouse it travels to.</summary>
    public string DestinationCode { get; private set; }

    public ParcelMeasurements Measurements { get; private set; }

    public decimal ChargeableWeightKg { get; private set; }

    public string? HandlingNote { get; private set; }

    public DateTimeOffset ReceivedAt { get; private init; }

    public IReadOnlyList<ParcelWarning> Warnings => _warnings;

    public IReadOnlyList<ParcelHistoryEntry> History => _history;

    /// <summary>
    /// A China warehouse receives a parcel: for <paramref name="owner"/>'s order, or anonymous (owner null). The
    /// warnings are what the warehouse must know now (an order's crate, check, insurance, note; an excess box; a
    /// number no order or several have); the timeline starts with the receipt.
    /// </summary>
    public static Parcel Receive(
        Actor actor, string code, string trackingNumber, ParcelOwner? owner, bool excess, Warehouse warehouse, string destinationCode,
        ParcelMeasurements measurements, IEnumerable<ParcelWarning> warnings, string? handlingNote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(warnings);
        LogisticsRules.EnsureMayReceiveInChina(actor);
        LogisticsRules.EnsureReceivesFromShops(warehouse);
        if (excess && owner is null)
        {
            throw new ArgumentException("Only a parcel of an order can be in excess of it.", nameof(excess));
        }

        var parcel = new Parcel
        {
            Code = code,
            TrackingNumber = Orders.TrackingNumbers.Parse(trackingNumber),
            OrderId = owner?.OrderId,
            OrderCode = owner?.OrderCode,
            CustomerId = owner?.CustomerId,
            CustomerCode = owner?.CustomerCode,
            IsExcess = excess,
            Status = ParcelStatus.InChinaWarehouse,
            WarehouseCode = warehouse.Code,
            DestinationCode = destinationCode,
            Measurements = measurements,
            ChargeableWeightKg = measurements.ChargeableWeightKg,
            HandlingNote = string.IsNullOrWhiteSpace(handlingNote) ? null : Cut(handlingNote.Trim(), MaxHandlingNoteLength),
            ReceivedAt = now,
        };
        parcel._warnings.AddRange(warnings.Distinct());
        if (owner is null)
        {
            parcel._warnings.Insert(0, ParcelWarning.Anonymous);
        }

        if (excess)
        {
            parcel._warnings.Insert(0, ParcelWarning.Excess);
        }

        parcel.Append(ParcelAction.Received, actor, $"{measurements.WeightKg:0.###} kg, {measurements.LengthCm:0.#}×{measurements.WidthCm:0.#}×{measurements.HeightCm:0.#} cm", now);
        parcel.Raise(new ParcelReceived(parcel.Id, code, parcel.TrackingNumber, parcel.OrderId, parcel.CustomerId, warehouse.Code, excess, now));
        return parcel;
    }

    /// <summary>
    /// Staff give an anonymous parcel, or an excess box, the order it belongs to (<paramref name="owner"/>): it now counts
    /// for that order, and its timeline says from where to where.
    /// </summary>
    public void MatchTo(Actor actor, ParcelOwner owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        LogisticsRules.EnsureMayMatchParcels(actor);
        if (!IsAnonymous && !IsExcess)
        {
            throw new DomainException(LogisticsErrors.NotMatchable, $"Parcel {Code} is order {OrderCode}'s: only an anonymous parcel or an excess box is matched.");
        }

        if (owner.OrderId == OrderId)
        {
            throw new DomainException(LogisticsErrors.NotMatchable, $"Parcel {Code} is already order {OrderCode}'s.");
        }

        var previous = (OrderId, OrderCode);
        (OrderId, OrderCode, CustomerId, CustomerCode, IsMatched) = (owner.OrderId, owner.OrderCode, owner.CustomerId, owner.CustomerCode, true);
        Append(ParcelAction.Matched, actor, previous.OrderCode is { } from ? $"{from} → {owner.OrderCode}" : owner.OrderCode, now);
        Raise(new ParcelMatched(Id, Code, owner.OrderId, owner.CustomerId, previous.OrderId, now));
    }

    /// <summary>A customer sees only the parcels of their orders; staff see all.</summary>
    public bool IsVisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return LogisticsRules.SeesAllParcels(actor) || (CustomerId is { } owner && owner == actor.UserId);
    }

    private void Append(ParcelAction action, Actor actor, string? remark, DateTimeOffset now) =>
        _history.Add(new ParcelHistoryEntry(_history.Count + 1, action, Status, WarehouseCode, now, actor.UserId, actor.Name, remark));

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
