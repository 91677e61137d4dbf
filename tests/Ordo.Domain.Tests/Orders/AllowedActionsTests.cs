using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

/// <summary>What the UI offers each person, and that the order accepts exactly what it offers.</summary>
public class AllowedActionsTests
{
    public enum Who
    {
        Owner,
        OtherCustomer,
        CsStaff,
        CsManager,
        OrderManager,
        Accountant,
        Admin,
    }

    private const string Edit = OrderActions.Edit;
    private const string Approve = OrderActions.Approve;
    private const string Reject = OrderActions.Reject;
    private const string Assign = OrderActions.Assign;
    private const string Cancel = OrderActions.Cancel;
    private const string OutOfStock = OrderActions.OutOfStock;

    public static TheoryData<OrderKind, OrderStatus, Who, string[]> Table => new()
    {
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Owner, [Edit, Cancel] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.OtherCustomer, [] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.CsStaff, [Edit, Cancel] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.CsManager, [Edit, Approve, Reject, Assign, Cancel] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.OrderManager, [Cancel] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Accountant, [] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Admin, [Edit, Approve, Reject, Assign, Cancel] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.Owner, [Cancel] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.CsStaff, [Cancel] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.CsManager, [Assign, Cancel] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.Admin, [Assign, Cancel] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.Owner, [Cancel] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.CsManager, [Assign, Cancel, OutOfStock] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.OrderManager, [Cancel, OutOfStock] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.Accountant, [] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.Owner, [] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.CsStaff, [Cancel] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.CsManager, [Assign, Cancel, OutOfStock] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.OrderManager, [Cancel, OutOfStock] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.Owner, [] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.CsStaff, [] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.CsManager, [Assign] },
        { OrderKind.Purchase, OrderStatus.InTransit, Who.Admin, [Assign] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.Owner, [] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.CsManager, [] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.Admin, [] },
        { OrderKind.Purchase, OrderStatus.Cancelled, Who.Admin, [] },
        { OrderKind.Purchase, OrderStatus.Rejected, Who.CsManager, [] },
        { OrderKind.Purchase, OrderStatus.OutOfStock, Who.Admin, [] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.Owner, [Edit, Cancel] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.CsManager, [Edit, Approve, Reject, Assign, Cancel] },
        { OrderKind.Shipping, OrderStatus.AwaitingParcels, Who.Owner, [Cancel] },
        { OrderKind.Shipping, OrderStatus.AwaitingParcels, Who.CsStaff, [Cancel] },
        { OrderKind.Shipping, OrderStatus.InChinaWarehouse, Who.Owner, [] },
        { OrderKind.Shipping, OrderStatus.InChinaWarehouse, Who.CsManager, [Assign] },
    };

    public static TheoryData<OrderKind, OrderStatus, Who> Everyone()
    {
        var data = new TheoryData<OrderKind, OrderStatus, Who>();
        foreach (var kind in Enum.GetValues<OrderKind>())
        {
            foreach (var status in AnOrder.Reachable(kind).Order())
            {
                foreach (var who in Enum.GetValues<Who>())
                {
                    data.Add(kind, status, who);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Allowed_actions_per_role_and_status(OrderKind kind, OrderStatus status, Who who, string[] expected)
    {
        var order = AnOrder.Of(kind).In(status).Build();

        Assert.Equal(expected.Order(StringComparer.Ordinal), order.AllowedActions(ActorFor(who, order)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public void The_order_accepts_exactly_the_actions_it_offers(OrderKind kind, OrderStatus status, Who who)
    {
        var offered = AnOrder.Of(kind).In(status).Build();
        var actor = ActorFor(who, offered);

        foreach (var action in new[] { Edit, Approve, Reject, Assign, Cancel, OutOfStock })
        {
            var order = AnOrder.Of(kind).OwnedBy(Actors.OwnerOf(offered)).In(status).Build();
            var accepted = Accepts(order, action, actor);

            Assert.True(
                accepted == offered.AllowedActions(actor).Contains(action),
                $"{who} on a {status} {kind} order: '{action}' is {(accepted ? "accepted but not offered" : "offered but refused")}.");
        }
    }

    private static bool Accepts(Order order, string action, Actor actor)
    {
        var now = Clock.Now.AddDays(1);
        try
        {
            switch (action)
            {
                case Edit when order.Kind == OrderKind.Purchase:
                    order.EditPurchase(actor, [.. order.Lines.Select(l => ((Guid?)l.Id, l.Product))], OrderOptions.None, null, now);
                    break;
                case Edit:
                    order.EditShipping(actor, [AShippingItem.Tracked("YT9990000001").Build()], OrderOptions.None, null, now);
                    break;
                case Approve:
                    order.Approve(actor, null, null, now);
                    break;
                case Reject:
                    order.Reject(actor, "Không hợp lệ", now);
                    break;
                case Assign:
                    order.AssignCsStaff(actor, StaffMembers.CustomerCare(), now);
                    break;
                case OutOfStock:
                    order.MarkOutOfStock(actor, "Shop hết hàng", now);
                    break;
                default:
                    order.Cancel(actor, "Không cần nữa", now);
                    break;
            }

            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static Actor ActorFor(Who who, Order order) => who switch
    {
        Who.Owner => Actors.OwnerOf(order),
        Who.OtherCustomer => Actors.NewCustomer("Khách khác"),
        Who.CsStaff => Actors.CsStaff,
        Who.CsManager => Actors.CsManager,
        Who.OrderManager => Actors.OrderManager,
        Who.Accountant => Actors.Accountant,
        _ => Actors.Admin,
    };
}
