using Ordo.Domain.Buying;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Buying;

/// <summary>
/// Who reads the buying accounts: the administrator who keeps them and the order manager who hands out the buying
/// work see every one; ordering staff see only the active ones given to them; nobody else needs them.
/// </summary>
internal static class BuyingAccess
{
    public static void EnsureMayRead(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAnyOf(Roles.OrderManager, Roles.OrderingStaff))
        {
            throw new ForbiddenActionException(BuyingErrors.RoleNotAllowed, "Only the administrator and the ordering staff read buying accounts.");
        }
    }

    public static bool SeesAll(Actor actor) => actor.IsAnyOf(Roles.OrderManager);
}
