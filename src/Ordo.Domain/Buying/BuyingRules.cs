using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// Who may see the buying department's own records: what the agent paid for an order (the buying department and the
/// accountants), the late orders (the buying department: every buyer sees the colleagues' too), and the marketplace
/// accounts (the order manager every one, ordering staff the active ones given to them). An admin may always; customers never.
/// </summary>
public static class BuyingRules
{
    public static bool MaySeeCosts(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant);
    }

    public static void EnsureMaySeeCosts(Actor actor)
    {
        if (!MaySeeCosts(actor))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Only the buying department and accountants see what an order cost the agent.");
        }
    }

    public static bool MaySeeLateOrders(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.OrderManager, Roles.OrderingStaff);
    }

    public static void EnsureMaySeeLateOrders(Actor actor)
    {
        if (!MaySeeLateOrders(actor))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Only the buying department sees the late orders.");
        }
    }

    public static void EnsureMayReadAccounts(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAnyOf(Roles.OrderManager, Roles.OrderingStaff))
        {
            throw new ForbiddenActionException(BuyingErrors.RoleNotAllowed, "Only the administrator and the ordering staff read buying accounts.");
        }
    }

    /// <summary>The order manager (and an admin) hands out the buying work: they see every account, not only their own.</summary>
    public static bool SeesAllAccounts(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.OrderManager);
    }
}
