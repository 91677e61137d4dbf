using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Logistics;

/// <summary>
/// The forwarding manager sends a driver out with released parcels. The driver confirms each stop, with the cash
/// collected, or records why it failed. Cash collected is the driver's until the accountant takes it in.
/// </summary>
public sealed class DeliveryRun : AggregateRoot
{
    public const int MaxReasonLength = 500;

    private readonly List<Delivery> _deliveries = [];

    private DeliveryRun()
    {
        Code = DriverName = string.Empty;
    }

    public string Code { get; private init; }

    public Guid DriverId { get; private init; }

    public string DriverName { get; private init; }

    public DeliveryRunStatus Status { get; private set; }

    public DateTimeOffset PlannedAt { get; private init; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public decimal HandedInVnd { get; private set; }

    public IReadOnlyList<Delivery> Deliveries => _deliveries;

    public decimal CollectedVnd => _deliveries.Sum(d => d.CollectedVnd);

    /// <summary>Cash the driver still holds from this run.</summary>
    public decimal CashHeldVnd => CollectedVnd - HandedInVnd;

    /// <summary><paramref name="driver"/> must hold the delivery role; each release goes out with its parcels.</summary>
    public static DeliveryRun Plan(
        Actor actor, string code, StaffDriver driver, IReadOnlyList<(Release Release, IReadOnlyCollection<Parcel> Parcels)> releases, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(releases);
        LogisticsRules.EnsureMayManageForwarding(actor);
        new Check().That(releases.Count > 0, "releaseIds", "must name at least one release")
            .That(releases.Select(r => r.Release.Id).Distinct().Count() == releases.Count, "releaseIds", "must not name a release twice")
            .ThrowIfAny();
        if (!driver.IsDriver)
        {
            throw new DomainException(LogisticsErrors.NotADriver, $"{driver.Name} is not delivery staff.");
        }

        var run = new DeliveryRun { Code = code, DriverId = driver.Id, DriverName = driver.Name, Status = DeliveryRunStatus.Out, PlannedAt = now };
        foreach (var (release, parcels) in releases)
        {
            release.GoOut(actor, parcels, code, now);
            run._deliveries.Add(new Delivery(release));
        }

        return run;
    }

    /// <summary>
    /// The driver handed the parcels over and collected <paramref name="collectedVnd"/> (cash on delivery: at most what
    /// was to collect; a paid release: nothing). Returns what the ledger books, one entry an order paid.
    /// </summary>
    public IReadOnlyList<JournalEntry> Deliver(
        Actor actor, Guid deliveryId, Release release, IReadOnlyCollection<Parcel> parcels, decimal collectedVnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(release);
        var delivery = Stop(actor, deliveryId, release);
        new Check().That(collectedVnd >= 0, "collectedVnd", "must not be negative").Decimals(collectedVnd, "collectedVnd", 0).ThrowIfAny();
        if (collectedVnd > delivery.ToCollectVnd)
        {
            throw new DomainException(LogisticsErrors.CollectedWrong,
                delivery.ToCollectVnd == 0 ? $"Release {release.Code} is paid: nothing is collected." : $"Release {release.Code} collects at most {delivery.ToCollectVnd:0} VND.");
        }

        var shares = release.Deliver(actor, parcels, collectedVnd, now);
        (delivery.Status, delivery.CollectedVnd, delivery.At) = (DeliveryStatus.Delivered, collectedVnd, now);
        FinishIfDone(now);
        return [.. shares.Select(s => JournalEntry.Post(
            JournalEntryKind.CashOnDelivery, $"Cash on delivery {release.Code} ({Code}, {DriverName})",
            Postings.CollectOnDelivery(DriverId, s.OrderId, Cash.Vnd(s.AmountVnd)), actor, now, s.OrderId, release.CustomerId, sourceId: Id))];
    }

    public void Fail(Actor actor, Guid deliveryId, Release release, IReadOnlyCollection<Parcel> parcels, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(release);
        var delivery = Stop(actor, deliveryId, release);
        new Check().Required(reason, "reason", MaxReasonLength).ThrowIfAny();
        release.FailDelivery(actor, parcels, reason!.Trim(), now);
        (delivery.Status, delivery.FailureReason, delivery.At) = (DeliveryStatus.Failed, reason.Trim(), now);
        FinishIfDone(now);
    }

    /// <summary>The accountant takes in cash the driver collected on this run, never more than the driver holds.</summary>
    public JournalEntry HandIn(Actor actor, decimal amountVnd, DateTimeOffset now)
    {
        LogisticsRules.EnsureMayTakeInCash(actor);
        new Check().That(amountVnd > 0, "amountVnd", "must be greater than zero").Decimals(amountVnd, "amountVnd", 0).ThrowIfAny();
        if (amountVnd > CashHeldVnd)
        {
            throw new DomainException(LogisticsErrors.HandInTooMuch, $"{DriverName} holds {CashHeldVnd:0} VND from run {Code}.");
        }

        HandedInVnd += amountVnd;
        return JournalEntry.Post(JournalEntryKind.CashHandIn, $"Cash handed in for {Code} ({DriverName})",
            Postings.HandIn(DriverId, Cash.Vnd(amountVnd)), actor, now, sourceId: Id);
    }

    private Delivery Stop(Actor actor, Guid deliveryId, Release release)
    {
        LogisticsRules.EnsureMayConfirmDelivery(actor, DriverId);
        var delivery = _deliveries.FirstOrDefault(d => d.Id == deliveryId) ?? throw new ArgumentException("Not a delivery of this run.", nameof(deliveryId));
        if (delivery.ReleaseId != release.Id)
        {
            throw new ArgumentException("The release is not this delivery's.", nameof(release));
        }

        if (delivery.Status != DeliveryStatus.Out)
        {
            throw new DomainException(LogisticsErrors.DeliveryClosed, $"Delivery of {delivery.ReleaseCode} is {delivery.Status} already.");
        }

        return delivery;
    }

    private void FinishIfDone(DateTimeOffset now)
    {
        if (_deliveries.All(d => d.Status != DeliveryStatus.Out))
        {
            (Status, FinishedAt) = (DeliveryRunStatus.Finished, now);
        }
    }
}
