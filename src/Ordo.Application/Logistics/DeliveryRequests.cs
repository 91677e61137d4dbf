using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>Customers ask for their parcels waiting in Vietnam to be delivered; the forwarding manager sees the open requests.</summary>
public sealed class DeliveryRequests(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock)
{
    public sealed record Command(IReadOnlyList<Guid>? ParcelIds, string? Address, string? Phone, string? Note, Guid? CustomerId = null);

    public async Task<DeliveryRequestDto> CreateAsync(Actor actor, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);

        // Staff may ask for a customer only in the roles that may: checked before the input is read.
        LogisticsRules.EnsureMayRequestDelivery(actor, actor.IsStaff ? Guid.Empty : actor.UserId);
        var customerId = actor.IsStaff
            ? command.CustomerId ?? throw new DomainValidationException("customerId", "is required when staff ask for a customer")
            : actor.UserId;
        LogisticsRules.EnsureMayRequestDelivery(actor, customerId);
        var ids = command.ParcelIds ?? [];
        new Check().That(ids.Count is > 0 and <= 200, "parcelIds", "must name between 1 and 200 parcels").ThrowIfAny();
        var parcels = await db.Parcels.AsNoTracking().Where(p => ids.Contains(p.Id) && p.CustomerId == customerId).ToListAsync(ct);
        if (ids.Distinct().FirstOrDefault(id => parcels.All(p => p.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            // Another customer's parcel is as unknown as one that does not exist.
            throw new NotFoundException("Parcel", unknown.ToString());
        }

        var now = clock.GetUtcNow();
        var request = DeliveryRequest.Create(actor, await codes.NextYearlyCodeAsync("YC", now.Year, ct), customerId, parcels, command.Address, command.Phone, command.Note, now);
        db.DeliveryRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request.ToDto(parcels.ToDictionary(p => p.Id, p => (p.Code, p.CustomerCode)));
    }

    /// <summary>Staff: every request (open ones by default); a customer: their own.</summary>
    public async Task<PagedResult<DeliveryRequestDto>> ListAsync(Actor actor, DeliveryRequestStatus? status, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = new Check().Paging(page, pageSize, Parcels.MaxPageSize);
        if (status is { } given)
        {
            check.Defined(given, "status");
        }

        check.ThrowIfAny();
        var requests = db.DeliveryRequests.AsNoTracking();
        if (!actor.IsStaff)
        {
            requests = requests.Where(r => r.CustomerId == actor.UserId);
        }

        if (status is { } only)
        {
            requests = requests.Where(r => r.Status == only);
        }

        var found = await requests.ToPageAsync(x => x.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id), page, pageSize, r => r, ct);
        var ids = found.Items.SelectMany(r => r.ParcelIds).Distinct().ToList();
        var parcels = (await db.Parcels.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.CustomerCode }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => (p.Code, p.CustomerCode));
        return new PagedResult<DeliveryRequestDto>([.. found.Items.Select(r => r.ToDto(parcels))], found.Total, found.Page, found.PageSize, found.TotalIsLowerBound);
    }
}
