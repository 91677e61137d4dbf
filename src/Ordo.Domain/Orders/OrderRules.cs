using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using static Ordo.Domain.Orders.OrderRefusal;

namespace Ordo.Domain.Orders;

/// <summary>
/// Who may do what to an order: one rule per <see cref="OrderAction"/>, naming the roles, whether the
/// order's customer may, and the states it is open in. Every domain method asks its rule before it acts,
/// <see cref="Order.AllowedActions"/> (the API's <c>allowedActions</c>, the pages' buttons) asks the same
/// rules, so what is offered and what is accepted cannot drift apart.
/// </summary>
public static class OrderRules
{
    private static readonly Dictionary<OrderAction, OrderRule> Rules = new()
    {
        [OrderAction.Edit] = new(
            [Roles.CsManager, Roles.CsStaff], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or customer care may edit this order."),
            (order, _) => order.Status == OrderStatus.Submitted ? null
                : NotNow(OrderErrors.NotEditable, $"Order {order.Code} is {order.Status}; only a Submitted order can be edited.")),
        [OrderAction.Approve] = new(
            [Roles.CsManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not approve orders."),
            (order, _) => MayMove(order, OrderStatus.Approved)),
        [OrderAction.Reject] = new(
            [Roles.CsManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not reject orders."),
            (order, _) => MayMove(order, OrderStatus.Rejected)),
        [OrderAction.Assign] = new(
            [Roles.CsManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not assign customer-care staff."),
            (order, _) => !OrderLifecycle.IsTerminal(order.Status) ? null
                : NotNow(OrderErrors.Closed, $"Order {order.Code} is {order.Status}; it can no longer be assigned.")),

        // The customer may cancel until buying starts; staff until the shop order is placed.
        [OrderAction.Cancel] = new(
            [Roles.CsManager, Roles.CsStaff, Roles.OrderManager], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or staff may cancel this order."),
            (order, byStaff) => MayMove(order, OrderStatus.Cancelled)
                ?? (byStaff || OrderLifecycle.CustomerMayCancel(order.Kind, order.Status) ? null
                    : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is already being bought; ask customer care to cancel it."))),

        // The buyers, and customer care's manager, close an order the shop cannot supply.
        [OrderAction.OutOfStock] = new(
            [Roles.OrderManager, Roles.OrderingStaff, Roles.CsManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not mark an order out of stock."),
            (order, _) => MayMove(order, OrderStatus.OutOfStock)),

        // The customer pays; the CS manager may pay on their behalf; the accountant takes a deposit too.
        [OrderAction.PayDeposit] = new(
            [Roles.CsManager, Roles.Accountant], Customer: true,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only the customer, the CS manager or an accountant may pay a deposit."),
            (order, _) => TakesDeposit(order)),
        [OrderAction.RecordDeposit] = new(
            [Roles.Accountant], Customer: false,
            NotPermitted(MoneyErrors.RoleNotAllowed, "Only an accountant records a deposit paid by transfer or at the office."),
            (order, _) => TakesDeposit(order)),
        [OrderAction.PayBalance] = new(
            [Roles.CsManager, Roles.Accountant], Customer: true,
            NotPermitted(MoneyErrors.RoleNotAllowed, "Only the customer, the CS manager or an accountant may pay for this order."),
            (order, _) => TakesPayments(order)
                ?? (order.Status is not (OrderStatus.Submitted or OrderStatus.Approved) ? null
                    : NotNow(OrderErrors.DepositFirst, $"Order {order.Code} takes its deposit first (POST /api/orders/{{id}}/deposit)."))),
        [OrderAction.ApplyDiscountCode] = new(
            [Roles.CsManager, Roles.CsStaff], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or customer care may apply a discount code."),
            (order, _) => order.Kind == OrderKind.Purchase && order.Status is OrderStatus.Submitted or OrderStatus.Approved ? null
                : NotNow(OrderErrors.NotEditable, $"Order {order.Code} is {order.Status}; a discount code can only be applied before the deposit.")),
        [OrderAction.AddCharge] = new(
            [Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not change an order's charges."),
            (order, _) => !OrderLifecycle.IsClosedWithoutGoods(order.Status) && order.Status != OrderStatus.Completed ? null
                : NotNow(OrderErrors.Closed, $"Order {order.Code} is {order.Status}; its charges can no longer change.")),

        // The order manager hands deposited orders to ordering staff, and may hand one being bought to someone else.
        [OrderAction.AssignBuyer] = new(
            [Roles.OrderManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Your role may not assign ordering staff."),
            (order, _) => order.Kind == OrderKind.Purchase && order.Status is OrderStatus.Deposited or OrderStatus.Ordering ? null
                : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; ordering staff are assigned to deposited orders.")),
        [OrderAction.Claim] = new(
            [Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only ordering staff claim orders."),
            (order, _) => MayMove(order, OrderStatus.Ordering)),

        // The buyer in charge records what the shop did; the order manager may do it for them.
        [OrderAction.Purchase] = new(
            [Roles.OrderManager, Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only ordering staff record a purchase."),
            // Only from Ordering: ShopShipped may also go back to Ordered, but by taking back a tracking number.
            (order, _) => order.Status == OrderStatus.Ordering ? null
                : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; a purchase is recorded while the order is being bought (Ordering)."),
            AssignedBuyer),
        [OrderAction.AddTrackingNumber] = new(
            [Roles.OrderManager, Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only ordering staff enter the shop's tracking numbers."),
            (order, _) => order.Kind == OrderKind.Purchase && order.Status is OrderStatus.Ordered or OrderStatus.ShopShipped ? null
                : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; tracking numbers are entered once the shop order is placed and until the parcels reach the warehouse."),
            AssignedBuyer),
        [OrderAction.RemoveTrackingNumber] = new(
            [Roles.OrderManager, Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only ordering staff change the shop's tracking numbers."),
            (order, _) => order.Status == OrderStatus.ShopShipped ? null
                : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; a tracking number can only be taken back before the parcel reaches the warehouse."),
            AssignedBuyer),

        // Shop order numbers, once recorded, change only with the order manager's approval.
        [OrderAction.ChangeShopOrderNumbers] = new(
            [Roles.OrderManager, Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only ordering staff ask to change shop order numbers."),
            (order, _) => Purchased(order),
            AssignedBuyer),
        [OrderAction.DecideShopOrderNumberChange] = new(
            [Roles.OrderManager], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only the order manager approves a change of shop order numbers."),
            (order, _) => Purchased(order)),

        // A delay is explained while a buying deadline runs (Buying.LateOrder.StepOf), by whoever answers for it; whether
        // the order is in fact late is the late record's to say.
        [OrderAction.GiveLateReason] = new(
            [Roles.OrderManager, Roles.OrderingStaff], Customer: false,
            NotPermitted(OrderErrors.RoleNotAllowed, "Only the order's buyer or the order manager explain a delay."),
            (order, _) => order.Kind == OrderKind.Purchase && order.Status is OrderStatus.Deposited or OrderStatus.Ordering or OrderStatus.Ordered ? null
                : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; a delay is explained while the order is being bought or waits for its tracking number."),
            AssignedBuyer),

        // A shipping order's customer (or customer care) declares parcels the shops send later, until they arrive.
        [OrderAction.AddParcel] = new(
            [Roles.CsManager, Roles.CsStaff], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or customer care may declare a parcel."),
            (order, _) => AwaitsParcels(order)),
        [OrderAction.RemoveParcel] = new(
            [Roles.CsManager, Roles.CsStaff], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or customer care may take back a parcel."),
            (order, _) => AwaitsParcels(order)
                ?? (order.ShippingItems.Count > 1 ? null
                    : NotNow(OrderErrors.LastParcel, $"Order {order.Code} has one parcel left; cancel the order instead."))),

        // Every parcel delivered (the order follows them to Delivered): the customer, or customer care for them, confirms.
        [OrderAction.ConfirmReceipt] = new(
            [Roles.CsManager, Roles.CsStaff], Customer: true,
            NotPermitted(OrderErrors.NotYourOrder, "Only the customer or customer care confirms that the goods were received."),
            (order, _) => order.Status == OrderStatus.Delivered ? null
                : NotNow(OrderErrors.NotDelivered, $"Order {order.Code} is {order.Status}; receipt is confirmed once every parcel is delivered.")),
    };

    private static OrderRefusal? AwaitsParcels(Order order) =>
        order.Kind == OrderKind.Shipping && order.Status is OrderStatus.Submitted or OrderStatus.Approved or OrderStatus.AwaitingParcels ? null
            : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; parcels are declared on a shipping order until they reach the warehouse.");

    private static OrderRefusal? Purchased(Order order) =>
        order.OrderedAt is not null && !OrderLifecycle.IsTerminal(order.Status) ? null
            : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is {order.Status}; shop order numbers change only on an order bought and not yet closed.");

    /// <summary>Work on an order being bought is its buyer's: another buyer is refused; the order manager (and an admin) may step in.</summary>
    private static OrderRefusal? AssignedBuyer(Order order, Actor actor) =>
        order.BuyerId is not { } buyer || buyer == actor.UserId || actor.IsAnyOf(Roles.OrderManager) ? null
            : NotPermitted(OrderErrors.AnotherBuyer, $"Order {order.Code} is being bought by {order.BuyerName}.");

    public static OrderRule For(OrderAction action) => Rules[action];

    /// <summary>Refuses the whole request when the actor's roles can never take <paramref name="action"/> (bulk tools).</summary>
    public static void EnsureMayEver(Actor actor, OrderAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rule = For(action);
        if (!rule.MayEverBeTakenBy(actor))
        {
            throw rule.NotPermitted.ToException();
        }
    }

    /// <summary>An order closed without goods (rejected, cancelled, out of stock) takes no more money.</summary>
    internal static OrderRefusal? TakesPayments(Order order) =>
        !OrderLifecycle.IsClosedWithoutGoods(order.Status) ? null
            : NotNow(OrderErrors.Closed, $"Order {order.Code} is {order.Status}; it takes no payments.");

    private static OrderRefusal? TakesDeposit(Order order) =>
        order.Kind != OrderKind.Purchase
            ? NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} is a shipping order; it takes no deposit.")
            : MayMove(order, OrderStatus.Deposited);

    private static OrderRefusal? MayMove(Order order, OrderStatus to) =>
        OrderLifecycle.CanMove(order.Kind, order.Status, to) ? null
            : NotNow(OrderErrors.IllegalTransition, $"Order {order.Code} cannot go from {order.Status} to {to}.");
}
