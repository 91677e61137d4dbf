using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
    /// <summary>The CNY→VND rate this order is priced at; fixed once set (domain.md: each order keeps its own rate).</summary>
    public decimal? VndPerCny { get; private set; }

    public void LockRate(ExchangeRate rate)
    {
        VndPerCny ??= rate.VndPerCny;
    }

    /// <summary>
    /// The deposit has been paid (from the wallet, or confirmed by an accountant): the order moves to
    /// Deposited and is ready to be bought.
    /// </summary>
    public void MarkDeposited(Actor actor, Money.Money deposit, DateTimeOffset now)
    {
        if (!IsOwnedBy(actor) && !actor.IsAnyOf(Roles.CsManager, Roles.Accountant))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Only the customer, the CS manager or an accountant may pay a deposit.");
        }

        if (Kind != OrderKind.Purchase)
        {
            throw new DomainException(OrderErrors.IllegalTransition, $"Order {Code} is a shipping order; it takes no deposit.");
        }

        MoveTo(OrderStatus.Deposited, OrderHistoryAction.Deposited, actor, $"{deposit.Amount:0} VND", now, customerNotified: true);
        Raise(new OrderDeposited(Id, Code, CustomerId, deposit.Amount, actor.UserId, now));
    }
}
