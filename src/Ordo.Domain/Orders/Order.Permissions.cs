using Ordo.Domain.Identity;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
    /// <summary>The actions <paramref name="actor"/> may take on this order now, by <see cref="OrderRules"/> (the UI offers only these).</summary>
    public IReadOnlyList<OrderAction> AllowedActions(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. OrderActions.All.Where(action => Allows(actor, action))];
    }

    public bool Allows(Actor actor, OrderAction action) => OrderRules.For(action).Refusal(this, actor) is null;

    /// <summary>
    /// Every domain method asks its rule first: the refusal is the one <see cref="AllowedActions"/> stands on. A use case
    /// asks it too when the rule must answer before other checks (another buyer hears 403, not that an account is wrong).
    /// </summary>
    public void EnsureAllowed(Actor actor, OrderAction action)
    {
        if (OrderRules.For(action).Refusal(this, actor) is { } refusal)
        {
            throw refusal.ToException();
        }
    }
}
