using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

internal static class MoneyRules
{
    public static void EnsureAdmin(Actor actor, string what)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, $"Only an administrator may change {what}.");
        }
    }

    public static void EnsureRole(Actor actor, string what, params string[] roles)
    {
        if (!actor.IsAnyOf(roles))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, $"Your role may not {what}.");
        }
    }
}
