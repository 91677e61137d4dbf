using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>The one way a bulk tool (approve, reject, assign a buyer…) acts on many orders.</summary>
internal static class OrderBulk
{
    public const int MaxOrders = 200;

    /// <summary>
    /// Applies the action to every order it is legal for and saves those together; the others are
    /// reported with their reason and left untouched. A wrong role fails the whole request.
    /// </summary>
    public static async Task<IReadOnlyList<ReviewOrders.BulkOutcome>> ForEachAsync(
        OrdoDbContext db, Actor actor, OrderAction rule, IReadOnlyList<Guid>? ids, Action<Order> action, CancellationToken ct)
    {
        OrderRules.EnsureMayEver(actor, rule);

        var check = new Check()
            .That(ids is { Count: > 0 }, "orderIds", "must list at least one order")
            .That(ids is null || ids.Count <= MaxOrders, "orderIds", $"must list at most {MaxOrders} orders");
        check.ThrowIfAny();
        var distinct = ids!.Distinct().ToList();
        var orders = await db.Orders.Include(o => o.History).Where(o => distinct.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var outcomes = new List<ReviewOrders.BulkOutcome>();
        foreach (var id in distinct)
        {
            if (!orders.TryGetValue(id, out var order))
            {
                outcomes.Add(new ReviewOrders.BulkOutcome(id, null, false, "not found", null));
                continue;
            }

            try
            {
                action(order);
                outcomes.Add(new ReviewOrders.BulkOutcome(id, order.Code, true, null, order.Status));
            }
            catch (DomainException ex)
            {
                db.Entry(order).State = EntityState.Unchanged;
                outcomes.Add(new ReviewOrders.BulkOutcome(id, order.Code, false, ex.Message, order.Status));
            }
        }

        await db.SaveChangesAsync(ct);
        return outcomes;
    }
}
