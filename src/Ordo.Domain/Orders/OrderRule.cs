using Ordo.Domain.Identity;

namespace Ordo.Domain.Orders;

/// <summary>
/// Who may take one action on an order and when: the staff <see cref="Roles"/> that may take it on any
/// order (an administrator always may), whether the order's own customer may, and the lifecycle check
/// (given whether the actor acts as staff), which returns the refusal or null; and, for work one person is in
/// charge of, whether this actor is that person (<paramref name="Personal"/>: the refusal or null).
/// </summary>
public sealed record OrderRule(
    IReadOnlyList<string> Roles,
    bool Customer,
    OrderRefusal NotPermitted,
    Func<Order, bool, OrderRefusal?> WhenRefused,
    Func<Order, Actor, OrderRefusal?>? Personal = null)
{
    public bool IsStaffFor(Actor actor) => actor.IsAnyOf([.. Roles]);

    /// <summary>Whether the actor could take the action on some order (a page shows a bulk tool or not).</summary>
    public bool MayEverBeTakenBy(Actor actor) => IsStaffFor(actor) || (Customer && actor.IsInRole(Identity.Roles.Customer));

    public OrderRefusal? Refusal(Order order, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(actor);
        var byStaff = IsStaffFor(actor);
        if (!byStaff && !(Customer && order.IsOwnedBy(actor)))
        {
            return NotPermitted;
        }

        return Personal?.Invoke(order, actor) ?? WhenRefused(order, byStaff);
    }
}
