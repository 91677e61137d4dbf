using Ordo.Domain.Identity;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
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

        return actions;
    }
}
