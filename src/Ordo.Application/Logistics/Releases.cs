using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// The forwarding manager releases a customer's parcels waiting in Vietnam for delivery: when their orders are paid,
/// or as cash on delivery (the driver collects what is due). The release prints as an export slip.
/// </summary>
public sealed class Releases(OrdoDbContext db, OrderCodeGenerator codes, OrderCharges charges, IReleaseSlipRenderer slips, TimeProvider clock)
{
    public sealed record Command(IReadOnlyList<Guid>? ParcelIds, bool CashOnDelivery, Guid? DeliveryRequestId = null, string? Address = null, string? Phone = null, string? Note = null);

    public async Task<ReleaseDto> CreateAsync(Actor actor, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayManageForwarding(actor);
        var request = command.DeliveryRequestId is { } requestId
            ? await db.DeliveryRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new NotFoundException("Delivery request", requestId.ToString())
            : null;
        var ids = (command.ParcelIds is { Count: > 0 } given ? given : request?.ParcelIds ?? []).Distinct().ToList();
        new Check().That(ids.Count is > 0 and <= 200, "parcelIds", "must name between 1 and 200 parcels").ThrowIfAny();
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (ids.FirstOrDefault(id => parcels.All(p => p.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            throw new NotFoundException("Parcel", unknown.ToString());
        }

        if (request is not null && parcels.Any(p => p.CustomerId != request.CustomerId))
        {
            throw new DomainException(LogisticsErrors.MixedCustomers, $"Delivery request {request.Code} is another customer's.");
        }

        var orderIds = parcels.Where(p => p.OrderId is not null).Select(p => p.OrderId!.Value).Distinct().ToList();
        var terms = await TermsAsync(orderIds, ct);
        var now = clock.GetUtcNow();
        var release = Release.Create(
            actor, await codes.NextYearlyCodeAsync("XK", now.Year, ct), parcels, terms, command.CashOnDelivery, request,
            command.Address, command.Phone, command.Note, now);
        db.Releases.Add(release);
        await db.SaveChangesAsync(ct);
        return release.ToDto();
    }

    public async Task<ReleaseDto> GetAsync(Actor actor, Guid id, CancellationToken ct) => (await FindAsync(actor, id, ct)).ToDto();

    public async Task<PagedResult<ReleaseDto>> ListAsync(Actor actor, ReleaseStatus? status, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = new Check().Paging(page, pageSize, Parcels.MaxPageSize);
        if (status is { } given)
        {
            check.Defined(given, "status");
        }

        check.ThrowIfAny();
        var releases = db.Releases.AsNoTracking();
        if (!actor.IsStaff)
        {
            releases = releases.Where(r => r.CustomerId == actor.UserId);
        }

        if (status is { } only)
        {
            releases = releases.Where(r => r.Status == only);
        }

        return await releases.ToPageAsync(x => x.OrderByDescending(r => r.ReleasedAt).ThenByDescending(r => r.Id), page, pageSize, r => r.ToDto(), ct);
    }

    /// <summary>The export slip: staff print it (warehouse, forwarding manager, the driver).</summary>
    public async Task<(string Code, byte[] Pdf)> SlipAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff)
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "The export slip is printed by staff.");
        }

        var release = await FindAsync(actor, id, ct);
        var warehouse = await db.Warehouses.AsNoTracking().Where(w => w.Code == release.WarehouseCode).Select(w => w.Name).FirstOrDefaultAsync(ct);
        return (release.Code, slips.Render(release.ToDto(), warehouse ?? release.WarehouseCode));
    }

    private async Task<Release> FindAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return release is not null && (actor.IsStaff || release.CustomerId == actor.UserId) ? release : throw new NotFoundException("Release", id.ToString());
    }

    /// <summary>Each order's total and paid amount by the fee engine and the ledger, whether a check it bought is still to be done, whether another release collects for it.</summary>
    private async Task<IReadOnlyList<ReleaseTerms>> TermsAsync(IReadOnlyList<Guid> orderIds, CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Charges).AsSplitQuery()
            .Where(o => orderIds.Contains(o.Id)).ToListAsync(ct);
        var checkedOrders = await db.GoodsChecks.AsNoTracking().Where(c => orderIds.Contains(c.OrderId) && c.Status != CheckStatus.Open)
            .Select(c => c.OrderId).Distinct().ToListAsync(ct);
        var collecting = await db.Releases.AsNoTracking().Where(r => r.CashOnDelivery && r.Status != ReleaseStatus.Delivered)
            .SelectMany(r => r.Orders).Where(o => orderIds.Contains(o.OrderId) && o.ToCollectVnd > 0).Select(o => o.OrderId).Distinct().ToListAsync(ct);
        var terms = new List<ReleaseTerms>();
        foreach (var order in orders)
        {
            var breakdown = await charges.CalculateAsync(order, ct);
            terms.Add(new ReleaseTerms(
                order.Id, order.Code, order.CustomerId, breakdown.Total.Amount, breakdown.Paid.Amount,
                order.Options.Inspection && !checkedOrders.Contains(order.Id), collecting.Contains(order.Id)));
        }

        return terms;
    }
}
