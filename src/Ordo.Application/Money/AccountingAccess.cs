using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>Who reads the books, the ledger's reports and the debts: accountants and administrators.</summary>
internal static class AccountingAccess
{
    public static void Ensure(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants and administrators see the books.");
        }
    }
}
