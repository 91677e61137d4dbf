using Ordo.Domain.Identity;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
    /// <summary>Who may close an order the shop cannot supply: the buyers, and customer care's manager.</summary>
    private static readonly string[] OutOfStockRoles = [Roles.OrderManager, Roles.OrderingStaff, Roles.CsManager];

    /// <summary>The actions <paramref name="actor"/> may take on this order now (the UI shows only these).</summary>
    public IReadOnlyList<string> AllowedActions(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var actions = new List<string>();
        var customerCare = actor.IsAnyOf(Roles.CsManager, Roles.CsStaff);
        var manager = actor.IsAnyOf(Roles.CsManager);
        if (Status == OrderStatus.Submitted && (IsOwnedBy(actor) || customerCare))
        {
            actions.Add(OrderActions.Edit);
        }

        if (manager && OrderLifecycle.CanMove(Kind, Status, OrderStatus.Approved))
        {
            actions.Add(OrderActions.Approve);
        }

        if (manager && OrderLifecycle.CanMove(Kind, Status, OrderStatus.Rejected))
        {
            actions.Add(OrderActions.Reject);
        }

        if (manager && !OrderLifecycle.IsTerminal(Status))
        {
            actions.Add(OrderActions.Assign);
        }

        var staffMayCancel = actor.IsAnyOf(Roles.CsManager, Roles.CsStaff, Roles.OrderManager);
        if (OrderLifecycle.CanMove(Kind, Status, OrderStatus.Cancelled)
            && (staffMayCancel || (IsOwnedBy(actor) && OrderLifecycle.CustomerMayCancel(Kind, Status))))
        {
            actions.Add(OrderActions.Cancel);
        }

        if (actor.IsAnyOf(OutOfStockRoles) && OrderLifecycle.CanMove(Kind, Status, OrderStatus.OutOfStock))
        {
            actions.Add(OrderActions.OutOfStock);
        }

        return actions;
    }
}
