using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Files;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Files;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>Check (tally) tasks: the forwarding manager sets one for an order that bought inspection; a checker in Vietnam records the count.</summary>
public sealed class GoodsChecks(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock)
{
    public sealed record CreateCommand(string? Order);

    public sealed record ResultCommand(IReadOnlyList<CheckCount>? Lines, string? Note, IReadOnlyList<Guid>? PhotoIds = null);

    public sealed record CheckDto(
        Guid Id, string Code, Guid OrderId, string OrderCode, CheckStatus Status, string? Note, DateTimeOffset CreatedAt, string CreatedBy,
        DateTimeOffset? CheckedAt, string? CheckedBy, int Version, IReadOnlyList<CheckLineDto> Lines, IReadOnlyList<Guid> PhotoIds);

    /// <summary>A photo kept for a check: its id for the count and where it is read.</summary>
    public sealed record CheckPhotoDto(Guid Id, string Url, string FileName);

    public sealed record CheckLineDto(Guid LineId, string Name, int Expected, int? Counted, int Missing, int Excess, int Wrong, int Damaged);

    public async Task<CheckDto> CreateAsync(Actor actor, CreateCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayManageForwarding(actor);
        new Check().Required(command.Order, "order", 64).ThrowIfAny();
        var key = command.Order!.Trim();
        var order = Guid.TryParse(key, out var id)
            ? await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct)
            : await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Code == OrderCode.Normalize(key), ct);
        if (order is null)
        {
            throw new DomainValidationException("order", $"is not an order ({key})");
        }

        if (OrderLifecycle.IsTerminal(order.Status))
        {
            throw new DomainException(LogisticsErrors.CheckNotOpen, $"Order {order.Code} is {order.Status}.");
        }

        if (await db.GoodsChecks.AnyAsync(c => c.OrderId == order.Id && c.Status == CheckStatus.Open, ct))
        {
            throw new DomainException(LogisticsErrors.CheckExists, $"Order {order.Code} has an open check already.");
        }

        var lines = order.Kind == OrderKind.Purchase
            ? order.Lines.Where(l => l.Quantity > 0).Select(l => (l.Id, l.Product.Title, l.Quantity)).ToList()
            : await db.Orders.AsNoTracking().Where(o => o.Id == order.Id).SelectMany(o => o.ShippingItems)
                .Select(i => new ValueTuple<Guid, string, int>(i.Id, i.Description, i.Quantity)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var check = GoodsCheck.Create(actor, await codes.NextYearlyCodeAsync("KT", now.Year, ct), order.Id, order.Code, order.CustomerId, order.Options.Inspection, lines, now);
        db.GoodsChecks.Add(check);
        await db.SaveChangesAsync(ct);
        return ToDto(check);
    }

    public async Task<CheckDto> RecordAsync(Actor actor, Guid checkId, ResultCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        var check = await db.GoodsChecks.FirstOrDefaultAsync(c => c.Id == checkId, ct) ?? throw new NotFoundException("Check", checkId.ToString());
        db.ExpectVersion(check, expectedVersion, $"Check {check.Code}");
        // Photos are the check's own, sent before the count (POST .../photos): a stranger's file id is not one.
        var photos = (command.PhotoIds ?? []).Distinct().ToList();
        if (photos.Count > 0)
        {
            var known = await db.StoredFiles.AsNoTracking().Where(f => photos.Contains(f.Id) && f.CustomerId == check.CustomerId).CountAsync(ct);
            if (known != photos.Count)
            {
                throw new DomainValidationException("photoIds", "must be photos sent for this check");
            }
        }

        check.Record(actor, command.Lines ?? [], command.Note, command.PhotoIds ?? [], clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToDto(check);
    }

    /// <summary>
    /// A photo of the goods for an open check, kept in the file store for the staff and the order's customer; its id goes
    /// into the count (<see cref="ResultCommand.PhotoIds"/>).
    /// </summary>
    public async Task<CheckPhotoDto> AddPhotoAsync(Actor actor, Guid checkId, FileUpload photo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(photo);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        var check = await db.GoodsChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkId, ct) ?? throw new NotFoundException("Check", checkId.ToString());
        if (check.Status != CheckStatus.Open)
        {
            throw new DomainException(LogisticsErrors.CheckNotOpen, $"Check {check.Code} is {check.Status}: photos go with the count.");
        }

        var file = StoredFile.Image(actor, photo.FileName, photo.Content, check.CustomerId, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return new CheckPhotoDto(file.Id, StoredFiles.UrlOf(file.Id), file.FileName);
    }

    public async Task<CheckDto> GetAsync(Actor actor, Guid checkId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var check = await db.GoodsChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkId, ct);
        return check is not null && (actor.IsStaff || check.CustomerId == actor.UserId) ? ToDto(check) : throw new NotFoundException("Check", checkId.ToString());
    }

    /// <summary>Staff: the checks (open ones first to do); a customer: those of their orders.</summary>
    public async Task<PagedResult<CheckDto>> ListAsync(Actor actor, CheckStatus? status, Guid? orderId, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var validation = new Check().Paging(page, pageSize, Parcels.MaxPageSize);
        if (status is { } given)
        {
            validation.Defined(given, "status");
        }

        validation.ThrowIfAny();
        var checks = db.GoodsChecks.AsNoTracking();
        if (!actor.IsStaff)
        {
            checks = checks.Where(c => c.CustomerId == actor.UserId);
        }

        if (status is { } only)
        {
            checks = checks.Where(c => c.Status == only);
        }

        if (orderId is { } order)
        {
            checks = checks.Where(c => c.OrderId == order);
        }

        return await checks.ToPageAsync(x => x.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id), page, pageSize, ToDto, ct);
    }

    private static CheckDto ToDto(GoodsCheck c) => new(
        c.Id, c.Code, c.OrderId, c.OrderCode, c.Status, c.Note, c.CreatedAt, c.CreatedByName, c.CheckedAt, c.CheckedByName, c.Version,
        [.. c.Lines.Select(l => new CheckLineDto(l.LineId, l.Name, l.Expected, l.Counted, l.Missing, l.Excess, l.Wrong, l.Damaged))], c.PhotoIds);
}
