using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>The orders that missed a buying deadline, for the buying department, and the reasons their buyers give.</summary>
public sealed class LateOrders(OrdoDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public sealed record Command(LateReason? Code, string? Text);

    /// <summary>
    /// One late order: which deadline, when it was due and since when it is marked late, who buys it now, and the reason
    /// given (by whom, when). <paramref name="OrderVersion"/> is what an If-Match on the order expects.
    /// </summary>
    public sealed record Row(
        Guid OrderId, string OrderCode, OrderStatus Status, int OrderVersion, string CustomerName, StaffRefDto? Buyer,
        LateKind Kind, DateTimeOffset DueAt, DateTimeOffset Since, LateReason? Reason, string? ReasonText,
        string? ReasonGivenBy, DateTimeOffset? ReasonGivenAt, bool MayGiveReason = false);

    /// <summary>The open delays, most overdue first, of one kind (the API's <c>reason</c> filter) or both.</summary>
    public async Task<PagedResult<Row>> ListAsync(Actor actor, LateKind? kind, int page, int pageSize, CancellationToken ct)
    {
        BuyingRules.EnsureMaySeeLateOrders(actor);
        var check = new Check().Paging(page, pageSize, MaxPageSize);
        if (kind is { } k)
        {
            check.Defined(k, "reason");
        }

        check.ThrowIfAny();
        var open = db.LateOrders.AsNoTracking().Where(l => l.ResolvedAt == null);
        if (kind is { } only)
        {
            open = open.Where(l => l.Kind == only);
        }

        var rows = from l in open
                   join o in db.Orders on l.OrderId equals o.Id
                   orderby l.DueAt, l.Id
                   select new Row(
                       l.OrderId, l.OrderCode, o.Status, o.Version, o.CustomerName,
                       o.BuyerId == null ? null : new StaffRefDto(o.BuyerId.Value, o.BuyerName ?? string.Empty),
                       l.Kind, l.DueAt, l.MarkedAt, l.Reason, l.ReasonText, l.ReasonGivenByName, l.ReasonGivenAt);
        var total = await open.CountAsync(ct);
        var items = await rows.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        // Whether this person may explain a row's delay is the order's own rule (another buyer's order: no).
        var ids = items.Select(r => r.OrderId).ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var rule = OrderRules.For(OrderAction.GiveLateReason);
        return new PagedResult<Row>(
            [.. items.Select(r => r with { MayGiveReason = orders.TryGetValue(r.OrderId, out var o) && rule.Refusal(o, actor) is null })],
            total, page, pageSize);
    }

    /// <summary>
    /// The buyer (or the order manager) explains the delay of the deadline the order is in now; honours the order's
    /// version. Without an open delay: the order's rule answers first (403 for another buyer), then 409 order.not_late.
    /// </summary>
    public async Task<OrderDetailsDto> GiveReasonAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        OrderRules.EnsureMayEver(actor, OrderAction.GiveLateReason);
        if (command.Code is not { } reason)
        {
            throw new DomainValidationException("code", "is required");
        }

        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var late = LateOrder.KindFor(order.Status) is { } kind
            ? await db.LateOrders.FirstOrDefaultAsync(l => l.OrderId == order.Id && l.Kind == kind && l.ResolvedAt == null, ct)
            : null;
        if (late is null)
        {
            throw LateOrder.NoneOpen(actor, order);
        }

        late.GiveReason(actor, order, reason, command.Text, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor, await BuyingView.ReadAsync(db, order, actor, ct));
    }
}
