using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>Customer care approves or rejects submitted orders, one or many at once.</summary>
public sealed class ReviewOrders(OrdoDbContext db, TimeProvider clock)
{
    public sealed record ApproveCommand(Guid? CsStaffId, string? Remark);

    public sealed record RejectCommand(string? Reason);

    public sealed record BulkApproveCommand(IReadOnlyList<Guid>? OrderIds, Guid? CsStaffId, string? Remark);

    public sealed record BulkRejectCommand(IReadOnlyList<Guid>? OrderIds, string? Reason);

    /// <summary>What happened to one order of a bulk action: done, or why not.</summary>
    public sealed record BulkOutcome(Guid Id, string? Code, bool Succeeded, string? Error, OrderStatus? Status);

    public async Task<OrderDetailsDto> ApproveAsync(Actor actor, Guid orderId, ApproveCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        new Check().MaxLength(command.Remark, "remark", Order.MaxReasonLength).ThrowIfAny();
        var staff = command.CsStaffId is { } staffId ? await db.LoadStaffAsync(staffId, "csStaffId", ct) : null;
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        order.Approve(actor, staff, command.Remark, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor);
    }

    public async Task<OrderDetailsDto> RejectAsync(Actor actor, Guid orderId, RejectCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        order.Reject(actor, command.Reason ?? string.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor);
    }

    public async Task<IReadOnlyList<BulkOutcome>> ApproveManyAsync(Actor actor, BulkApproveCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        new Check().MaxLength(command.Remark, "remark", Order.MaxReasonLength).ThrowIfAny();
        var staff = command.CsStaffId is { } staffId ? await db.LoadStaffAsync(staffId, "csStaffId", ct) : null;
        var now = clock.GetUtcNow();
        return await OrderBulk.ForEachAsync(db, actor, OrderAction.Approve, command.OrderIds, order => order.Approve(actor, staff, command.Remark, now), ct);
    }

    public async Task<IReadOnlyList<BulkOutcome>> RejectManyAsync(Actor actor, BulkRejectCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        new Check().Required(command.Reason, "reason", Order.MaxReasonLength).ThrowIfAny();
        var now = clock.GetUtcNow();
        return await OrderBulk.ForEachAsync(db, actor, OrderAction.Reject, command.OrderIds, order => order.Reject(actor, command.Reason!, now), ct);
    }
}
