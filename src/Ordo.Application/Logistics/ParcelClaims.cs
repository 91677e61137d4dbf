using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Data;
using Ordo.Application.Files;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Files;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Logistics.Events;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>An anonymous parcel as a customer who knows its tracking number may see it: enough to recognise the box, nothing of anyone else.</summary>
public sealed record AnonymousParcelDto(Guid Id, string Code, string TrackingNumber, string Warehouse, decimal WeightKg, DateTimeOffset ReceivedAt);

public sealed record ParcelClaimDto(
    Guid Id, string Code, ParcelClaimStatus Status, Guid ParcelId, string ParcelCode, string TrackingNumber, Guid CustomerId, string? CustomerCode,
    Guid OrderId, string OrderCode, string Description, string PhotoUrl, DateTimeOffset ClaimedAt, DateTimeOffset? DecidedAt, string? DecidedBy,
    string? Reason, int Version);

/// <summary>
/// Customers find an anonymous parcel by the tracking number they know and claim it for one of their open orders with a
/// description and a photo; staff see the claims, confirm one (the parcel is matched to its order) or reject it.
/// </summary>
public sealed class ParcelClaims(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public sealed record Command(Guid? OrderId, string? TrackingNumber, string? Description);

    public sealed record RejectCommand(string? Reason);

    /// <summary>The anonymous parcels received under exactly this tracking number (a number is not searched by its parts).</summary>
    public async Task<IReadOnlyList<AnonymousParcelDto>> FindAnonymousAsync(Actor actor, string? trackingNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var number = TrackingNumbers.Parse(trackingNumber);
        return await db.Parcels.AsNoTracking()
            .Where(p => p.TrackingNumber == number && p.OrderId == null)
            .OrderBy(p => p.ReceivedAt)
            .Select(p => new AnonymousParcelDto(p.Id, p.Code, p.TrackingNumber, p.WarehouseCode, p.Measurements.WeightKg, p.ReceivedAt))
            .ToListAsync(ct);
    }

    public async Task<ParcelClaimDto> FileAsync(Actor actor, Guid parcelId, Command command, FileUpload? photo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayClaimParcels(actor);
        new Check()
            .That(command.OrderId is { } id && id != Guid.Empty, "orderId", "is required: the order the parcel belongs to")
            .Required(command.Description, "description", ParcelClaim.MaxDescriptionLength)
            .That(photo is { Content.Length: > 0 }, "photo", "is required (multipart field 'photo'): a picture of the goods or of the shop's shipping page")
            .ThrowIfAny();
        var now = clock.GetUtcNow();
        var file = StoredFile.Image(actor, photo!.FileName, photo.Content, actor.UserId, now);

        var parcel = await db.Parcels.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parcelId, ct);
        // A parcel is found by its tracking number: whoever does not know it is told the parcel does not exist.
        if (parcel is null || !string.Equals(TrackingNumbers.Normalize(command.TrackingNumber), parcel.TrackingNumber, StringComparison.Ordinal))
        {
            throw new NotFoundException("Parcel", parcelId.ToString());
        }

        var order = await (from o in db.Orders.AsNoTracking()
                           join u in db.Users on o.CustomerId equals u.Id
                           where o.Id == command.OrderId && o.CustomerId == actor.UserId
                           select new { o.Id, o.Code, o.CustomerId, u.CustomerCode, o.Status }).FirstOrDefaultAsync(ct)
                    ?? throw new DomainValidationException("orderId", "is not one of your orders");
        if (OrderLifecycle.IsTerminal(order.Status))
        {
            throw new DomainException(LogisticsErrors.ClaimOrderClosed, $"Order {order.Code} is {order.Status}: a parcel is claimed for an open order.");
        }

        if (await db.ParcelClaims.AnyAsync(c => c.ParcelId == parcelId && c.CustomerId == actor.UserId && c.Status == ParcelClaimStatus.Pending, ct))
        {
            throw new DomainException(LogisticsErrors.ClaimPending, $"You already claimed parcel {parcel.Code}: your claim waits for the warehouse.");
        }

        var claim = ParcelClaim.File(actor, await codes.NextYearlyCodeAsync("NH", now.Year, ct), parcel,
            new ParcelOwner(order.Id, order.Code, order.CustomerId, order.CustomerCode), command.TrackingNumber, command.Description, file.Id, now);
        db.StoredFiles.Add(file);
        db.ParcelClaims.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is ParcelClaim))
        {
            // The same claim sent twice at once: the unique index kept the first.
            throw new DomainException(LogisticsErrors.ClaimPending, $"You already claimed parcel {parcel.Code}: your claim waits for the warehouse.");
        }

        return claim.ToDto();
    }

    /// <summary>Staff: every claim (filter by status); a customer: their own.</summary>
    public async Task<PagedResult<ParcelClaimDto>> ListAsync(Actor actor, ParcelClaimStatus? status, Guid? parcelId, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = new Check().Paging(page, pageSize, MaxPageSize);
        if (status is { } given)
        {
            check.Defined(given, "status");
        }

        check.ThrowIfAny();
        var claims = db.ParcelClaims.AsNoTracking();
        if (!actor.IsStaff)
        {
            claims = claims.Where(c => c.CustomerId == actor.UserId);
        }

        if (status is { } only)
        {
            claims = claims.Where(c => c.Status == only);
        }

        if (parcelId is { } parcel)
        {
            claims = claims.Where(c => c.ParcelId == parcel);
        }

        return await claims.ToPageAsync(x => x.OrderByDescending(c => c.ClaimedAt).ThenByDescending(c => c.Id), page, pageSize, c => c.ToDto(), ct);
    }

    public async Task<ParcelClaimDto> GetAsync(Actor actor, Guid id, CancellationToken ct) =>
        (await FindAsync(actor, id, tracking: false, ct)).ToDto();

    public async Task<ParcelClaimDto> ConfirmAsync(Actor actor, Guid id, int? expectedVersion, CancellationToken ct)
    {
        LogisticsRules.EnsureMayMatchParcels(actor);
        var claim = await FindAsync(actor, id, tracking: true, ct);
        db.ExpectVersion(claim, expectedVersion, $"Claim {claim.Code}");
        var parcel = await db.Parcels.FirstAsync(p => p.Id == claim.ParcelId, ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == claim.OrderId).Select(o => new { o.Code, o.Status }).FirstAsync(ct);
        if (OrderLifecycle.IsTerminal(order.Status))
        {
            throw new DomainException(LogisticsErrors.ClaimOrderClosed, $"Order {order.Code} is {order.Status}: reject the claim, the parcel cannot go to it.");
        }

        claim.Confirm(actor, parcel, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return claim.ToDto();
    }

    public async Task<ParcelClaimDto> RejectAsync(Actor actor, Guid id, RejectCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayMatchParcels(actor);
        var claim = await FindAsync(actor, id, tracking: true, ct);
        db.ExpectVersion(claim, expectedVersion, $"Claim {claim.Code}");
        claim.Reject(actor, command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return claim.ToDto();
    }

    private async Task<ParcelClaim> FindAsync(Actor actor, Guid id, bool tracking, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var claims = tracking ? db.ParcelClaims : db.ParcelClaims.AsNoTracking();
        var claim = await claims.FirstOrDefaultAsync(c => c.Id == id, ct);
        return claim is not null && claim.IsVisibleTo(actor) ? claim : throw new NotFoundException("Claim", id.ToString());
    }
}

/// <summary>Once a parcel goes to an order, by a confirmed claim or by staff matching it, the other pending claims on it follow.</summary>
public sealed class ClaimsFollowMatches(OrdoDbContext db, TimeProvider clock) : IDomainEventHandler<ParcelMatched>
{
    public async Task HandleAsync(ParcelMatched domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var pending = await db.ParcelClaims.Where(c => c.ParcelId == domainEvent.ParcelId && c.Status == ParcelClaimStatus.Pending).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }

        var orderCode = await db.Orders.AsNoTracking().Where(o => o.Id == domainEvent.OrderId).Select(o => o.Code).FirstAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var claim in pending)
        {
            claim.FollowMatch(domainEvent.OrderId, orderCode, now);
        }

        await db.SaveChangesAsync(ct);
    }
}

public static class ParcelClaimMapping
{
    public static ParcelClaimDto ToDto(this ParcelClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ParcelClaimDto(c.Id, c.Code, c.Status, c.ParcelId, c.ParcelCode, c.TrackingNumber, c.CustomerId, c.CustomerCode, c.OrderId, c.OrderCode,
            c.Description, StoredFiles.UrlOf(c.PhotoId), c.ClaimedAt, c.DecidedAt, c.DecidedByName, c.Reason, c.Version);
    }
}

internal sealed class ParcelClaimConfiguration : IEntityTypeConfiguration<ParcelClaim>
{
    public void Configure(EntityTypeBuilder<ParcelClaim> claim)
    {
        claim.ToTable("ParcelClaims");
        claim.HasKey(c => c.Id);
        claim.Property(c => c.Version).IsConcurrencyToken();
        claim.Property(c => c.Code).HasMaxLength(32);
        claim.HasIndex(c => c.Code).IsUnique();
        claim.Property(c => c.ParcelCode).HasMaxLength(32);
        claim.Property(c => c.TrackingNumber).HasMaxLength(TrackingNumbers.MaxLength);
        claim.Property(c => c.CustomerCode).HasMaxLength(16);
        claim.Property(c => c.OrderCode).HasMaxLength(32);
        claim.Property(c => c.Description).HasMaxLength(ParcelClaim.MaxDescriptionLength);
        claim.Property(c => c.Reason).HasMaxLength(ParcelClaim.MaxReasonLength);
        claim.Property(c => c.DecidedByName).HasMaxLength(200);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        // One waiting claim per customer and parcel: a double click files one.
        claim.HasIndex(c => new { c.ParcelId, c.CustomerId }).IsUnique().HasFilter("\"Status\" = 'Pending'");
        claim.HasIndex(c => new { c.Status, c.ClaimedAt });
        claim.HasIndex(c => new { c.CustomerId, c.ClaimedAt });
        claim.Ignore(c => c.DomainEvents);
    }
}
