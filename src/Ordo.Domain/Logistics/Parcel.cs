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

    /// <summary>The shipment it is packed in or travelled with.</summary>
    public Guid? ShipmentId { get; private set; }

    public string? ShipmentCode { get; private set; }

    /// <summary>Where it sits in the Vietnam warehouse (e.g. <c>A-03-2</c>).</summary>
    public string? Shelf { get; private set; }

    /// <summary>When its shipment arrived without it (it becomes lost after the configured time).</summary>
    public DateTimeOffset? MissingSince { get; private set; }

    /// <summary>When it was received in Vietnam.</summary>
    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>The release that let it out for delivery.</summary>
    public Guid? ReleaseId { get; private set; }

    public string? ReleaseCode { get; private set; }

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

    /// <summary>Packed into an open shipment in the warehouse it is in, bound for the shipment's destination.</summary>
    internal void PackInto(Actor actor, Shipment shipment, DateTimeOffset now)
    {
        if (ShipmentId is { } other && other != shipment.Id)
        {
            throw new DomainException(LogisticsErrors.AlreadyPacked, $"Parcel {Code} is already packed in shipment {ShipmentCode}.");
        }

        if (!CountsForOrder)
        {
            throw new DomainException(LogisticsErrors.ParcelUnowned, $"Parcel {Code} belongs to no order (anonymous or an unmatched excess box): match it before it leaves.");
        }

        if (DestinationCode != shipment.DestinationCode)
        {
            throw new DomainException(LogisticsErrors.WrongDestination, $"Parcel {Code} goes to {DestinationCode}; shipment {shipment.Code} goes to {shipment.DestinationCode}.");
        }

        if (WarehouseCode != shipment.OriginCode)
        {
            throw new DomainException(LogisticsErrors.WrongWarehouse, $"Parcel {Code} is in {WarehouseCode}; shipment {shipment.Code} is packed in {shipment.OriginCode}.");
        }

        EnsureStatus(ParcelStatus.InChinaWarehouse);
        (ShipmentId, ShipmentCode) = (shipment.Id, shipment.Code);
        MoveTo(ParcelStatus.Packed, ParcelAction.Packed, actor, shipment.Code, now);
    }

    internal void Unpack(Actor actor, Shipment shipment, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.Packed);
        (ShipmentId, ShipmentCode) = (null, null);
        MoveTo(ParcelStatus.InChinaWarehouse, ParcelAction.Unpacked, actor, shipment.Code, now);
    }

    internal void Dispatch(Actor actor, Shipment shipment, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.Packed);
        MoveTo(ParcelStatus.InTransit, ParcelAction.Dispatched, actor, $"{shipment.Code} → {shipment.DestinationCode}", now);
    }

    /// <summary>Its shipment was unloaded in Vietnam and the parcel was not in it.</summary>
    internal void FlagMissing(Actor actor, Shipment shipment, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.InTransit);
        MissingSince = now;
        MoveTo(ParcelStatus.Missing, ParcelAction.FlaggedMissing, actor, shipment.Code, now);
    }

    /// <summary>
    /// Missing for too long (the lost-parcel job), or not on the shelves at a stocktake (of a Vietnam warehouse, or of
    /// a China one for a parcel still there): declared lost.
    /// </summary>
    public void MarkLost(Actor actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSystem)
        {
            LogisticsRules.EnsureMayTakeStock(actor, Status == ParcelStatus.InChinaWarehouse ? Country.CN : Country.VN);
        }

        EnsureStatus(ParcelStatus.Missing, ParcelStatus.InVietnamWarehouse, ParcelStatus.InChinaWarehouse);
        MoveTo(ParcelStatus.Lost, ParcelAction.MarkedLost, actor, string.IsNullOrWhiteSpace(reason) ? null : Cut(reason.Trim(), 500), now);
    }

    /// <summary>
    /// A Vietnam warehouse receives the parcel: out of its shipment, or one flagged missing or lost that turned up. It
    /// must be the parcel's destination; the shelf is where staff put it.
    /// </summary>
    public void ReceiveInVietnam(Actor actor, Warehouse warehouse, string? shelf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        LogisticsRules.EnsureVietnamWarehouse(warehouse);
        if (Status == ParcelStatus.InVietnamWarehouse && WarehouseCode == warehouse.Code)
        {
            throw new DomainException(LogisticsErrors.AlreadyArrived, $"Parcel {Code} was received in {WarehouseCode} on {ArrivedAt:u}.");
        }

        if (DestinationCode != warehouse.Code)
        {
            throw new DomainException(LogisticsErrors.WrongDestination, $"Parcel {Code} goes to {DestinationCode}, not {warehouse.Code}.");
        }

        EnsureStatus(ParcelStatus.InTransit, ParcelStatus.Missing, ParcelStatus.Lost);
        var turnedUp = Status is ParcelStatus.Missing or ParcelStatus.Lost;
        (WarehouseCode, ArrivedAt, MissingSince, Shelf) = (warehouse.Code, now, null, ParseShelf(shelf));
        MoveTo(ParcelStatus.InVietnamWarehouse, ParcelAction.ArrivedInVietnam, actor, turnedUp ? "turned up" : Shelf, now);
        Raise(new ParcelArrivedInVietnam(Id, Code, OrderId, CustomerId, warehouse.Code, ChargeableWeightKg, now));
    }

    public void PutOnShelf(Actor actor, string? shelf, DateTimeOffset now)
    {
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        EnsureStatus(ParcelStatus.InVietnamWarehouse, ParcelStatus.ReadyForDelivery);
        Shelf = ParseShelf(shelf) ?? throw new DomainValidationException("shelf", "is required");
        Append(ParcelAction.Shelved, actor, Shelf, now);
    }

    /// <summary>Let out for delivery by a release (its order paid, or cash on delivery).</summary>
    internal void Release(Actor actor, Guid releaseId, string releaseCode, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.InVietnamWarehouse);
        (ReleaseId, ReleaseCode) = (releaseId, releaseCode);
        MoveTo(ParcelStatus.ReadyForDelivery, ParcelAction.Released, actor, releaseCode, now);
    }

    internal void GoOutForDelivery(Actor actor, string runCode, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.ReadyForDelivery);
        MoveTo(ParcelStatus.Delivering, ParcelAction.OutForDelivery, actor, runCode, now);
    }

    internal void Deliver(Actor actor, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.Delivering);
        MoveTo(ParcelStatus.Delivered, ParcelAction.Delivered, actor, null, now);
    }

    internal void FailDelivery(Actor actor, string reason, DateTimeOffset now)
    {
        EnsureStatus(ParcelStatus.Delivering);
        MoveTo(ParcelStatus.ReadyForDelivery, ParcelAction.DeliveryFailed, actor, reason, now);
    }

    public const int MaxShelfLength = 32;

    private static string? ParseShelf(string? shelf)
    {
        if (string.IsNullOrWhiteSpace(shelf))
        {
            return null;
        }

        var trimmed = shelf.Trim().ToUpperInvariant();
        new Check().MaxLength(trimmed, "shelf", MaxShelfLength)
            .That(trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/'), "shelf", "must hold only letters, digits, hyphens, dots and slashes")
            .ThrowIfAny();
        return trimmed;
    }

    private void EnsureStatus(params ParcelStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(LogisticsErrors.IllegalParcelStep,
                $"Parcel {Code} is {Status}; this step needs it {string.Join(" or ", allowed)}.");
        }
    }

    private void MoveTo(ParcelStatus to, ParcelAction action, Actor actor, string? remark, DateTimeOffset now)
    {
        Status = to;
        Append(action, actor, remark, now);
        Raise(new ParcelMoved(Id, Code, OrderId, CustomerId, to, WarehouseCode, now));
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
