using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>
/// The China warehouse scans a shop's tracking number on a box and measures it. The number finds its order through the
/// tracking-number registry (both kinds of order); no open order has it: the parcel is anonymous. A number already
/// received is told so and nothing is recorded, unless the clerk says it is another box under the same number: then
/// it is an excess parcel of that order. The answer carries what the warehouse must know now.
/// </summary>
public sealed class ScanParcel(OrdoDbContext db, OrderCodeGenerator codes, WarehouseDirectory warehouses, TimeProvider clock, IOptions<LogisticsOptions> options)
{
    public sealed record Command(string? TrackingNumber, decimal? WeightKg, decimal? LengthCm, decimal? WidthCm, decimal? HeightCm, bool AnotherBox = false);

    public sealed record Result(ScanOutcome Outcome, ParcelDto Parcel, IReadOnlyList<ParcelWarning> Warnings);

    public async Task<Result> HandleAsync(Actor actor, string warehouseCode, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayReceiveInChina(actor);
        var number = TrackingNumbers.Parse(command.TrackingNumber);
        var measurements = ParcelMeasurements.Parse(command.WeightKg, command.LengthCm, command.WidthCm, command.HeightCm);
        var warehouse = await warehouses.FindAsync(db, warehouseCode, ct);
        LogisticsRules.EnsureReceivesFromShops(warehouse);

        // The orders holding the number come with whether a box was received under it: a new box (most scans) costs
        // one query; a number no order holds asks the parcels on its own.
        var (holders, known, receivedId) = await HoldersAsync(number, ct);
        var existing = known && receivedId is null ? null : await ReceivedAsync(number, ct);
        if (existing is not null && !command.AnotherBox)
        {
            return new Result(ScanOutcome.AlreadyReceived, existing.ToDto(), existing.Warnings);
        }

        if (existing is { IsAnonymous: true })
        {
            throw new DomainException(LogisticsErrors.AnonymousNumber,
                $"Parcel {existing.Code} under {number} belongs to no order yet: match it to its order before receiving another box.");
        }

        var owner = holders.Count == 1 ? holders[0] : null;
        var warnings = new List<ParcelWarning>();
        if (holders.Count > 1)
        {
            warnings.Add(ParcelWarning.AmbiguousTrackingNumber);
        }

        if (owner is not null)
        {
            warnings.AddRange(ParcelWarnings.ForOrder(owner.Options, owner.Note));
            if (existing is null)
            {
                warnings.AddRange(ParcelWarnings.AgainstDeclared(owner.DeclaredWeightKg, owner.DeclaredVolumeM3, measurements, options.Value.WeightDifferencePercent));
            }
        }

        var now = clock.GetUtcNow();
        var parcel = Parcel.Receive(
            actor, await codes.NextParcelCodeAsync(now.Year, ct), number,
            owner is null ? null : new ParcelOwner(owner.OrderId, owner.Code, owner.CustomerId, owner.CustomerCode),
            excess: existing is not null, warehouse, await warehouses.DefaultDestinationAsync(db, options.Value.DefaultDestination, ct), measurements, warnings, owner?.Note, now);
        db.Parcels.Add(parcel);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is Parcel) && !command.AnotherBox)
        {
            // The same box scanned twice at once: the unique index kept one, and this scan answers as the second does.
            db.ChangeTracker.Clear();
            var first = await ReceivedAsync(number, ct) ?? throw new InvalidOperationException("The parcel refused as a duplicate is not there.", e);
            return new Result(ScanOutcome.AlreadyReceived, first.ToDto(), first.Warnings);
        }

        var outcome = parcel.IsExcess ? ScanOutcome.Excess : parcel.IsAnonymous ? ScanOutcome.Anonymous : ScanOutcome.Received;
        return new Result(outcome, parcel.ToDto(), parcel.Warnings);
    }

    /// <summary>The first parcel received under the number (not an excess box), with its timeline.</summary>
    private Task<Parcel?> ReceivedAsync(string number, CancellationToken ct) =>
        db.Parcels.FirstOrDefaultAsync(p => p.TrackingNumber == number && !p.IsExcess, ct);

    private sealed record Holder(
        Guid OrderId, string Code, Guid CustomerId, string? CustomerCode, OrderOptions Options, string? Note, OrderStatus Status, decimal? DeclaredWeightKg,
        decimal? DeclaredVolumeM3, Guid? ReceivedParcelId);

    /// <summary>
    /// The open orders holding the number, whatever their marketplace (the box does not say which), and, when any order
    /// (open or not) holds it, the parcel first received under it (Known: the query could tell; ReceivedId null: none).
    /// </summary>
    private async Task<(IReadOnlyList<Holder> Holders, bool Known, Guid? ReceivedId)> HoldersAsync(string number, CancellationToken ct)
    {
        var found = await (from t in db.TrackingNumbers.AsNoTracking()
                           join o in db.Orders on t.OrderId equals o.Id
                           join u in db.Users on o.CustomerId equals u.Id
                           where t.Number == number
                           select new Holder(o.Id, o.Code, o.CustomerId, u.CustomerCode, o.Options, o.CustomerNote, o.Status,
                               t.DeclaredWeightKg ?? o.ShippingItems.Where(i => i.TrackingNumber == number).Select(i => i.DeclaredWeightKg).FirstOrDefault(),
                               t.DeclaredVolumeM3,
                               db.Parcels.Where(p => p.TrackingNumber == number && !p.IsExcess).Select(p => (Guid?)p.Id).FirstOrDefault())).ToListAsync(ct);
        return ([.. found.Where(h => !OrderLifecycle.IsClosedWithoutGoods(h.Status))], found.Count > 0, found.Count > 0 ? found[0].ReceivedParcelId : null);
    }
}

/// <summary>What a scan did: received a parcel of an order, an anonymous one, another box of an order (excess), or nothing (already received).</summary>
public enum ScanOutcome
{
    Received,
    Anonymous,
    Excess,
    AlreadyReceived,
}
