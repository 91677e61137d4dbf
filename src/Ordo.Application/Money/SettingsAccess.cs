using Ordo.Application.Customers;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Who reads the money settings: rates (the groups' negotiated ones among them) and fee tables are the
/// administrator's; tiers and groups also serve the staff who search the customer directory by them.
/// A customer reads only their own terms (<see cref="CustomerOwnTerms"/>).
/// </summary>
internal static class SettingsAccess
{
    public static void EnsureAdmin(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an administrator reads the money settings.");
        }
    }

    public static void EnsureMayReadCustomerSettings(Actor actor)
    {
        if (!CustomerDirectory.MayBrowse(actor))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only administrators and the staff who browse customers read loyalty tiers and customer groups.");
        }
    }
}
