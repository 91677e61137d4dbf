using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>
/// The forwarding manager lets one customer's parcels out of a Vietnam warehouse for delivery: only when their orders
/// are paid, or as cash on delivery, where the driver collects what is due. Its export slip lists the parcels, their
/// weights, what is paid and what to collect. A failed delivery brings it back to wait for another run.
/// </summary>
public sealed class Release : AggregateRoot
{
    public const int MaxAddressLength = 300;
    public const int MaxPhoneLength = 20;
    public const int MaxNoteLength = 500;

    private readonly List<ReleaseParcel> _parcels = [];
    private readonly List<ReleaseOrder> _orders = [];

    private Release()
    {
        Code = WarehouseCode = ReleasedByName = string.Empty;
    }

    public string Code { get; private init; }

    public Guid CustomerId { get; private init; }

    public string? CustomerCode { get; private init; }

    public string WarehouseCode { get; private init; }

    public bool CashOnDelivery { get; private init; }

    public ReleaseStatus Status { get; private set; }

    public Guid? DeliveryRequestId { get; private init; }

    /// <summary>Where to deliver; none: the customer collects at the warehouse.</summary>
    public string? Address { get; private init; }

    public string? Phone { get; private init; }

    public string? Note { get; private init; }

    public DateTimeOffset ReleasedAt { get; private init; }

    public string ReleasedByName { get; private init; }

    public decimal CollectedVnd { get; private set; }

    public IReadOnlyList<ReleaseParcel> Parcels => _parcels;

    public IReadOnlyList<ReleaseOrder> Orders => _orders;

    public decimal ToCollectVnd => _orders.Sum(o => o.ToCollectVnd);

    public decimal WeightKg => _parcels.Sum(p => p.WeightKg);

    public static Release Create(
        Actor actor, string code, IReadOnlyList<Parcel> parcels, IReadOnlyList<ReleaseTerms> orders, bool cashOnDelivery,
        DeliveryRequest? request, string? address, string? phone, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(parcels);
        ArgumentNullException.ThrowIfNull(orders);
        LogisticsRules.EnsureMayManageForwarding(actor);
        new Check().That(parcels.Count > 0, "parcelIds", "must name at least one parcel")
            .MaxLength(address, "address", MaxAddressLength).MaxLength(phone, "phone", MaxPhoneLength).MaxLength(note, "note", MaxNoteLength)
            .ThrowIfAny();
        if (parcels.Any(p => !p.CountsForOrder))
        {
            throw new DomainException(LogisticsErrors.ParcelUnowned, "A parcel of no order is not released: match it first.");
        }

        var customers = parcels.Select(p => p.CustomerId).Distinct().ToList();
        if (customers.Count > 1)
        {
            throw new DomainException(LogisticsErrors.MixedCustomers, "A release is one customer's: these parcels belong to several.");
        }

        if (parcels.Select(p => p.WarehouseCode).Distinct().Count() > 1)
        {
            throw new DomainException(LogisticsErrors.WrongWarehouse, "A release leaves one warehouse: these parcels are in several.");
        }

        var terms = orders.ToDictionary(o => o.OrderId);
        if (parcels.Any(p => !terms.ContainsKey(p.OrderId!.Value)))
        {
            throw new ArgumentException("Every parcel's order must have its terms.", nameof(orders));
        }

        if (orders.Where(o => o.AwaitsCheck).Select(o => o.OrderCode).ToList() is { Count: > 0 } unchecked_)
        {
            throw new DomainException(LogisticsErrors.CheckPending, $"Order(s) {string.Join(", ", unchecked_)} bought a check that is not done yet.");
        }

        if (!cashOnDelivery && orders.Where(o => o.DueVnd > 0).Select(o => $"{o.OrderCode} ({o.DueVnd:0} VND)").ToList() is { Count: > 0 } unpaid)
        {
            throw new DomainException(LogisticsErrors.Unpaid, $"Order(s) {string.Join(", ", unpaid)} still owe their balance: release them once paid, or as cash on delivery.");
        }

        if (cashOnDelivery && orders.Where(o => o.CollectedOnAnotherRelease && o.DueVnd > 0).Select(o => o.OrderCode).ToList() is { Count: > 0 } pending)
        {
            throw new DomainException(LogisticsErrors.CashOnDeliveryPending, $"Order(s) {string.Join(", ", pending)} already have cash to collect on another release.");
        }

        var release = new Release
        {
            Code = code, CustomerId = customers[0]!.Value, CustomerCode = parcels[0].CustomerCode, WarehouseCode = parcels[0].WarehouseCode,
            CashOnDelivery = cashOnDelivery, Status = ReleaseStatus.Released, DeliveryRequestId = request?.Id,
            Address = Trimmed(address) ?? request?.Address, Phone = Trimmed(phone) ?? request?.Phone, Note = Trimmed(note) ?? request?.Note,
            ReleasedAt = now, ReleasedByName = actor.Name,
        };
        foreach (var parcel in parcels.DistinctBy(p => p.Id))
        {
            parcel.Release(actor, release.Id, code, now);
            release._parcels.Add(new ReleaseParcel(
                parcel.Id, parcel.Code, parcel.OrderId!.Value, parcel.OrderCode!, parcel.Measurements.WeightKg, parcel.ChargeableWeightKg, parcel.Shelf));
        }

        release._orders.AddRange(orders.Where(o => release._parcels.Any(p => p.OrderId == o.OrderId)).Select(o =>
            new ReleaseOrder(o.OrderId, o.OrderCode, o.TotalVnd, o.PaidVnd, cashOnDelivery ? Math.Max(o.DueVnd, 0m) : 0m)));
        request?.MarkReleased(release.Id);
        return release;
    }

    internal void GoOut(Actor actor, IReadOnlyCollection<Parcel> parcels, string runCode, DateTimeOffset now)
    {
        if (Status != ReleaseStatus.Released)
        {
            throw new DomainException(LogisticsErrors.ReleaseBusy, $"Release {Code} is {Status}: it is on a run or delivered already.");
        }

        EnsureAll(parcels);
        foreach (var parcel in parcels)
        {
            parcel.GoOutForDelivery(actor, runCode, now);
        }

        Status = ReleaseStatus.OnRun;
    }

    /// <summary>Delivered: what the driver collected, shared over the orders in their order, each up to what it owed.</summary>
    internal IReadOnlyList<(Guid OrderId, decimal AmountVnd)> Deliver(Actor actor, IReadOnlyCollection<Parcel> parcels, decimal collectedVnd, DateTimeOffset now)
    {
        EnsureAll(parcels);
        foreach (var parcel in parcels)
        {
            parcel.Deliver(actor, now);
        }

        (Status, CollectedVnd) = (ReleaseStatus.Delivered, collectedVnd);
        var left = collectedVnd;
        var shares = new List<(Guid, decimal)>();
        foreach (var order in _orders.Where(o => o.ToCollectVnd > 0))
        {
            var share = Math.Min(left, order.ToCollectVnd);
            if (share > 0)
            {
                shares.Add((order.OrderId, share));
                left -= share;
            }
        }

        return shares;
    }

    internal void FailDelivery(Actor actor, IReadOnlyCollection<Parcel> parcels, string reason, DateTimeOffset now)
    {
        EnsureAll(parcels);
        foreach (var parcel in parcels)
        {
            parcel.FailDelivery(actor, reason, now);
        }

        Status = ReleaseStatus.Released;
    }

    private void EnsureAll(IReadOnlyCollection<Parcel> parcels)
    {
        if (!parcels.Select(p => p.Id).ToHashSet().SetEquals(_parcels.Select(p => p.ParcelId)))
        {
            throw new ArgumentException("The parcels given must be exactly the release's.", nameof(parcels));
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
