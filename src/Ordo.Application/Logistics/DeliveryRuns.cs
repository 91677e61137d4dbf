using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Application.Logistics;

/// <summary>
/// Delivery runs: the forwarding manager gives released parcels to a driver; the driver confirms each stop (with the
/// cash collected, booked to the driver's cash in the ledger) or records why it failed; the accountant takes the cash in.
/// </summary>
public sealed class DeliveryRuns(OrdoDbContext db, OrderCodeGenerator codes, Ledger ledger, TimeProvider clock)
{
    public sealed record PlanCommand(IReadOnlyList<Guid>? ReleaseIds, Guid? DriverId);

    public sealed record DeliveredCommand(decimal? CollectedVnd);

    public sealed record FailedCommand(string? Reason);

    public sealed record HandInCommand(decimal? AmountVnd);

    public async Task<DeliveryRunDto> PlanAsync(Actor actor, PlanCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayManageForwarding(actor);
        new Check().That(command.DriverId is not null, "driverId", "is required")
            .That(command.ReleaseIds is { Count: > 0 and <= 100 }, "releaseIds", "must name between 1 and 100 releases").ThrowIfAny();
        var staff = await db.LoadStaffAsync(command.DriverId!.Value, "driverId", ct);
        var driver = new StaffDriver(staff.Id, staff.Name, staff.IsActive && staff.Roles.Contains(Roles.Delivery));
        var ids = command.ReleaseIds!;
        var releases = await db.Releases.Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        if (ids.FirstOrDefault(id => releases.All(r => r.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            throw new NotFoundException("Release", unknown.ToString());
        }

        var parcels = await ParcelsOfAsync(releases, ct);
        var now = clock.GetUtcNow();
        var run = DeliveryRun.Plan(
            actor, await codes.NextYearlyCodeAsync("GH", now.Year, ct), driver,
            [.. ids.Select(id => releases.First(r => r.Id == id)).Select(r => (r, (IReadOnlyCollection<Parcel>)parcels[r.Id]))], now);
        db.DeliveryRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.ToDto();
    }

    /// <summary>The stop is delivered; cash collected is booked (driver's cash, the orders' payments) in the same transaction.</summary>
    public Task<DeliveryRunDto> DeliveredAsync(Actor actor, Guid deliveryId, DeliveredCommand command, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(command);
            var (run, release, parcels) = await StopAsync(actor, deliveryId, ct);
            var now = clock.GetUtcNow();
            var entries = run.Deliver(actor, deliveryId, release, parcels, command.CollectedVnd ?? 0m, now);
            foreach (var entry in entries)
            {
                await ledger.PostAsync(entry, ct);
                var order = await db.Orders.FirstAsync(o => o.Id == entry.OrderId, ct);
                order.RecordPayment(actor, Cash.Vnd(entry.Lines.Where(l => l.Amount > 0).Sum(l => l.Amount)), now);
            }

            await db.SaveChangesAsync(ct);
            return run.ToDto();
        }, ct);

    public async Task<DeliveryRunDto> FailedAsync(Actor actor, Guid deliveryId, FailedCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (run, release, parcels) = await StopAsync(actor, deliveryId, ct);
        run.Fail(actor, deliveryId, release, parcels, command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return run.ToDto();
    }

    public Task<DeliveryRunDto> HandInAsync(Actor actor, Guid runId, HandInCommand command, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(command);
            LogisticsRules.EnsureMayTakeInCash(actor);
            var run = await db.DeliveryRuns.FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException("Delivery run", runId.ToString());
            new Check().That(command.AmountVnd is not null, "amountVnd", "is required").ThrowIfAny();
            await ledger.PostAsync(run.HandIn(actor, command.AmountVnd!.Value, clock.GetUtcNow()), ct);
            await db.SaveChangesAsync(ct);
            return run.ToDto();
        }, ct);

    public async Task<DeliveryRunDto> GetAsync(Actor actor, Guid runId, CancellationToken ct)
    {
        var run = await db.DeliveryRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        return run is not null && MaySee(actor, run.DriverId) ? run.ToDto() : throw new NotFoundException("Delivery run", runId.ToString());
    }

    /// <summary>A driver sees their own runs; the forwarding manager and the accountant all of them.</summary>
    public async Task<PagedResult<DeliveryRunDto>> ListAsync(Actor actor, DeliveryRunStatus? status, Guid? driverId, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = new Check().Paging(page, pageSize, Parcels.MaxPageSize);
        if (status is { } given)
        {
            check.Defined(given, "status");
        }

        check.ThrowIfAny();
        if (!actor.IsAnyOf(Roles.ForwardingManager, Roles.Accountant, Roles.Delivery))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Delivery runs are the drivers', the forwarding manager's and the accountant's.");
        }

        var runs = db.DeliveryRuns.AsNoTracking();
        if (!actor.IsAnyOf(Roles.ForwardingManager, Roles.Accountant))
        {
            runs = runs.Where(r => r.DriverId == actor.UserId);
        }
        else if (driverId is { } driver)
        {
            runs = runs.Where(r => r.DriverId == driver);
        }

        if (status is { } only)
        {
            runs = runs.Where(r => r.Status == only);
        }

        return await runs.ToPageAsync(x => x.OrderByDescending(r => r.PlannedAt).ThenByDescending(r => r.Id), page, pageSize, r => r.ToDto(), ct);
    }

    private static bool MaySee(Actor actor, Guid driverId) => actor.IsAnyOf(Roles.ForwardingManager, Roles.Accountant) || actor.UserId == driverId;

    private async Task<(DeliveryRun Run, Release Release, IReadOnlyCollection<Parcel> Parcels)> StopAsync(Actor actor, Guid deliveryId, CancellationToken ct)
    {
        var run = await db.DeliveryRuns.FirstOrDefaultAsync(r => r.Deliveries.Any(d => d.Id == deliveryId), ct);
        if (run is null || !MaySee(actor, run.DriverId))
        {
            throw new NotFoundException("Delivery", deliveryId.ToString());
        }

        var releaseId = run.Deliveries.First(d => d.Id == deliveryId).ReleaseId;
        var release = await db.Releases.FirstAsync(r => r.Id == releaseId, ct);
        var parcels = await ParcelsOfAsync([release], ct);
        return (run, release, parcels[release.Id]);
    }

    private async Task<Dictionary<Guid, List<Parcel>>> ParcelsOfAsync(IReadOnlyList<Release> releases, CancellationToken ct)
    {
        var ids = releases.SelectMany(r => r.Parcels.Select(p => p.ParcelId)).ToList();
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return releases.ToDictionary(r => r.Id, r => parcels.Where(p => p.ReleaseId == r.Id && r.Parcels.Any(x => x.ParcelId == p.Id)).ToList());
    }
}
