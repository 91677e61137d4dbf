using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A bag or a truck load: parcels packed in a China warehouse for one Vietnam warehouse. It is dispatched with its
/// parcel count and weight, scanned in on arrival, and unloaded parcel by parcel; a parcel not found when the unloading
/// is finished is flagged missing. Each parcel's own timeline follows.
/// </summary>
public sealed class Shipment : AggregateRoot
{
    public const int MaxNoteLength = 500;

    private readonly List<ShipmentParcel> _parcels = [];
    private readonly List<ShipmentHistoryEntry> _history = [];

    private Shipment()
    {
        Code = OriginCode = DestinationCode = string.Empty;
    }

    public string Code { get; private init; }

    public string OriginCode { get; private init; }

    public string DestinationCode { get; private init; }

    public ShipmentStatus Status { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset OpenedAt { get; private init; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>Set at dispatch: what left China.</summary>
    public int ParcelCount { get; private set; }

    public decimal TotalWeightKg { get; private set; }

    public IReadOnlyList<ShipmentParcel> Parcels => _parcels;

    public IReadOnlyList<ShipmentHistoryEntry> History => _history;

    public static Shipment Open(Actor actor, string code, Warehouse origin, Warehouse destination, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(destination);
        LogisticsRules.EnsureMayShip(actor);
        LogisticsRules.EnsureReceivesFromShops(origin);
        LogisticsRules.EnsureVietnamWarehouse(destination);
        new Check().MaxLength(note, "note", MaxNoteLength).ThrowIfAny();
        var shipment = new Shipment
        {
            Code = code, OriginCode = origin.Code, DestinationCode = destination.Code, Status = ShipmentStatus.Open,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), OpenedAt = now,
        };
        shipment.Append("Opened", actor, $"{origin.Code} → {destination.Code}", now);
        return shipment;
    }

    /// <summary>A parcel scanned into the open shipment: in its warehouse, bound for its destination, in no other shipment.</summary>
    public void Pack(Actor actor, Parcel parcel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        LogisticsRules.EnsureMayShip(actor);
        EnsureOpen();
        if (_parcels.Any(p => p.ParcelId == parcel.Id))
        {
            throw new DomainException(LogisticsErrors.AlreadyPacked, $"Parcel {parcel.Code} is already in shipment {Code}.");
        }

        parcel.PackInto(actor, this, now);
        _parcels.Add(new ShipmentParcel(parcel, now));
    }

    /// <summary>Takes a parcel back out before the shipment leaves.</summary>
    public void Unpack(Actor actor, Parcel parcel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        LogisticsRules.EnsureMayShip(actor);
        EnsureOpen();
        var packed = _parcels.FirstOrDefault(p => p.ParcelId == parcel.Id)
                     ?? throw new DomainException(LogisticsErrors.NotInShipment, $"Parcel {parcel.Code} is not in shipment {Code}.");
        parcel.Unpack(actor, this, now);
        _parcels.Remove(packed);
    }

    /// <summary>Closes and sends the shipment with its count and weight; every parcel in it is in transit. An empty one stays.</summary>
    public void Dispatch(Actor actor, IReadOnlyCollection<Parcel> parcels, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcels);
        LogisticsRules.EnsureMayShip(actor);
        EnsureOpen();
        if (_parcels.Count == 0)
        {
            throw new DomainException(LogisticsErrors.ShipmentEmpty, $"Shipment {Code} is empty: scan parcels into it before it leaves.");
        }

        EnsureAll(parcels);
        foreach (var parcel in parcels)
        {
            parcel.Dispatch(actor, this, now);
        }

        (Status, DispatchedAt, ParcelCount, TotalWeightKg) = (ShipmentStatus.Dispatched, now, _parcels.Count, _parcels.Sum(p => p.WeightKg));
        Append("Dispatched", actor, $"{ParcelCount} parcel(s), {TotalWeightKg:0.###} kg", now);
    }

    /// <summary>Scanned in at its Vietnam warehouse. A second scan is refused: the shipment arrives once.</summary>
    public void Arrive(Actor actor, Warehouse warehouse, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        LogisticsRules.EnsureVietnamWarehouse(warehouse);
        if (Status is ShipmentStatus.Arrived or ShipmentStatus.Received)
        {
            throw new DomainException(LogisticsErrors.ShipmentAlreadyArrived, $"Shipment {Code} was received in {DestinationCode} on {ArrivedAt:u}.");
        }

        if (Status != ShipmentStatus.Dispatched)
        {
            throw new DomainException(LogisticsErrors.ShipmentNotDispatched, $"Shipment {Code} has not left China.");
        }

        if (warehouse.Code != DestinationCode)
        {
            throw new DomainException(LogisticsErrors.WrongDestination, $"Shipment {Code} goes to {DestinationCode}, not {warehouse.Code}.");
        }

        (Status, ArrivedAt) = (ShipmentStatus.Arrived, now);
        Append("Arrived", actor, warehouse.Code, now);
    }

    /// <summary>One of its parcels was received in Vietnam (a missing one that turns up later counts too).</summary>
    public void MarkReceived(Guid parcelId)
    {
        if (_parcels.FirstOrDefault(p => p.ParcelId == parcelId) is { } packed)
        {
            packed.Received = true;
        }
    }

    /// <summary>The parcels not received yet, as the unloading stands.</summary>
    public IEnumerable<Guid> Unreceived => _parcels.Where(p => !p.Received).Select(p => p.ParcelId);

    /// <summary>
    /// The unloading is done: what was not scanned is flagged missing (<paramref name="unreceived"/> are those parcels),
    /// and the lost-parcel job takes it from there. A parcel that turns up later is received as usual.
    /// </summary>
    public void FinishReceiving(Actor actor, IReadOnlyCollection<Parcel> unreceived, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unreceived);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        if (Status != ShipmentStatus.Arrived)
        {
            throw new DomainException(LogisticsErrors.ShipmentNotArrived, $"Shipment {Code} is {Status}: it is unloaded after it arrives, once.");
        }

        if (!unreceived.Select(p => p.Id).ToHashSet().SetEquals(Unreceived))
        {
            throw new ArgumentException("The parcels to flag must be exactly the shipment's unreceived ones.", nameof(unreceived));
        }

        foreach (var parcel in unreceived)
        {
            parcel.FlagMissing(actor, this, now);
        }

        (Status, ReceivedAt) = (ShipmentStatus.Received, now);
        Append("Received", actor, unreceived.Count == 0 ? null : $"{unreceived.Count} missing", now);
    }

    private void EnsureOpen()
    {
        if (Status != ShipmentStatus.Open)
        {
            throw new DomainException(LogisticsErrors.ShipmentNotOpen, $"Shipment {Code} is {Status}: it left China and takes no more changes.");
        }
    }

    private void EnsureAll(IReadOnlyCollection<Parcel> parcels)
    {
        if (!parcels.Select(p => p.Id).ToHashSet().SetEquals(_parcels.Select(p => p.ParcelId)))
        {
            throw new ArgumentException("The parcels given must be exactly the shipment's.", nameof(parcels));
        }
    }

    private void Append(string action, Actor actor, string? remark, DateTimeOffset now) =>
        _history.Add(new ShipmentHistoryEntry(_history.Count + 1, Status, action, now, actor.UserId, actor.Name, remark));
}
