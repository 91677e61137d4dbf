using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;
using Ordo.Domain.Tests.Orders.Builders;
using static Ordo.Domain.Orders.OrderAction;
using Cash = Ordo.Domain.Money.Money;

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
        OrderingStaff,
        Accountant,
        ForwardingManager,
        ChinaWarehouse,
        VietnamWarehouse,
        Delivery,
        Admin,
    }

    private static readonly OrderPricing Pricing = new(ExchangeRate.Of(3_650m), FeeSchedule.Default, PricingTerms.None, Cash.Zero(Currency.VND));

    public static TheoryData<OrderKind, OrderStatus, Who, OrderAction[]> Table => new()
    {
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Owner, [Edit, Cancel, ApplyDiscountCode] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.OtherCustomer, [] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.CsStaff, [Edit, Cancel, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.CsManager, [Edit, Approve, Reject, Assign, Cancel, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.OrderManager, [Cancel, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Accountant, [AddCharge] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Delivery, [] },
        { OrderKind.Purchase, OrderStatus.Submitted, Who.Admin, [Edit, Approve, Reject, Assign, Cancel, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.Owner, [Cancel, PayDeposit, ApplyDiscountCode] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.OtherCustomer, [] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.CsStaff, [Cancel, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.CsManager, [Assign, Cancel, PayDeposit, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.OrderingStaff, [AddCharge] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.Accountant, [PayDeposit, RecordDeposit, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Approved, Who.Admin, [Assign, Cancel, PayDeposit, RecordDeposit, ApplyDiscountCode, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.Owner, [Cancel, PayBalance] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.CsManager, [Assign, Cancel, OutOfStock, PayBalance, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.OrderManager, [Cancel, OutOfStock, AddCharge, AssignBuyer, GiveLateReason] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.OrderingStaff, [OutOfStock, AddCharge, Claim, GiveLateReason] },
        { OrderKind.Purchase, OrderStatus.Deposited, Who.Accountant, [PayBalance, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.Owner, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.CsStaff, [Cancel, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.CsManager, [Assign, Cancel, OutOfStock, PayBalance, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.OrderManager, [Cancel, OutOfStock, AddCharge, AssignBuyer, Purchase, GiveLateReason] },
        { OrderKind.Purchase, OrderStatus.Ordering, Who.OrderingStaff, [OutOfStock, AddCharge] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.OrderManager, [AddCharge, AddTrackingNumber, ChangeShopOrderNumbers, DecideShopOrderNumberChange, GiveLateReason] },
        { OrderKind.Purchase, OrderStatus.ShopShipped, Who.OrderManager, [AddCharge, AddTrackingNumber, RemoveTrackingNumber, ChangeShopOrderNumbers, DecideShopOrderNumberChange] },
        { OrderKind.Purchase, OrderStatus.ShopShipped, Who.OrderingStaff, [AddCharge] },
        { OrderKind.Purchase, OrderStatus.ShopShipped, Who.Owner, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.Owner, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.CsStaff, [AddCharge] },
        { OrderKind.Purchase, OrderStatus.Ordered, Who.CsManager, [Assign, PayBalance, AddCharge] },
        { OrderKind.Purchase, OrderStatus.InTransit, Who.Admin, [Assign, PayBalance, AddCharge, ChangeShopOrderNumbers, DecideShopOrderNumberChange] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.Owner, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.CsManager, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Completed, Who.Admin, [PayBalance] },
        { OrderKind.Purchase, OrderStatus.Cancelled, Who.Admin, [] },
        { OrderKind.Purchase, OrderStatus.Rejected, Who.CsManager, [] },
        { OrderKind.Purchase, OrderStatus.OutOfStock, Who.Admin, [] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.Owner, [Edit, Cancel, AddParcel, RemoveParcel] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.CsManager, [Edit, Approve, Reject, Assign, Cancel, AddCharge, AddParcel, RemoveParcel] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.OrderManager, [Cancel, AddCharge] },
        { OrderKind.Shipping, OrderStatus.Submitted, Who.OtherCustomer, [] },
        { OrderKind.Shipping, OrderStatus.Approved, Who.Owner, [Cancel, AddParcel, RemoveParcel] },
        { OrderKind.Shipping, OrderStatus.Approved, Who.Accountant, [AddCharge] },
        { OrderKind.Shipping, OrderStatus.AwaitingParcels, Who.Owner, [Cancel, PayBalance, AddParcel, RemoveParcel] },
        { OrderKind.Shipping, OrderStatus.AwaitingParcels, Who.CsStaff, [Cancel, AddCharge, AddParcel, RemoveParcel] },
        { OrderKind.Shipping, OrderStatus.AwaitingParcels, Who.OrderingStaff, [AddCharge] },
        { OrderKind.Shipping, OrderStatus.InChinaWarehouse, Who.Owner, [PayBalance] },
        { OrderKind.Shipping, OrderStatus.InChinaWarehouse, Who.CsManager, [Assign, PayBalance, AddCharge] },

        // Every parcel delivered: the customer (or customer care) confirms receipt, and nobody else.
        { OrderKind.Purchase, OrderStatus.Delivered, Who.Owner, [PayBalance, ConfirmReceipt] },
        { OrderKind.Purchase, OrderStatus.Delivered, Who.CsStaff, [AddCharge, ConfirmReceipt] },
        { OrderKind.Purchase, OrderStatus.Delivered, Who.OtherCustomer, [] },
        { OrderKind.Purchase, OrderStatus.Delivered, Who.Delivery, [] },
        { OrderKind.Shipping, OrderStatus.Delivering, Who.Owner, [PayBalance] },
        { OrderKind.Shipping, OrderStatus.Delivered, Who.Owner, [PayBalance, ConfirmReceipt] },
    };

    /// <summary>Every reachable status of both kinds, for everyone: with every action, the whole permission table.</summary>
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
    public void Allowed_actions_per_role_and_status(OrderKind kind, OrderStatus status, Who who, OrderAction[] expected)
    {
        var order = AnOrder.Of(kind).In(status).Build();

        Assert.Equal(expected.Order(), order.AllowedActions(ActorFor(who, order)).Order());
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public void The_order_accepts_exactly_the_actions_it_offers_and_refuses_the_others_as_its_rule_says(OrderKind kind, OrderStatus status, Who who)
    {
        var offered = AnOrder.Of(kind).In(status).Build();
        var actor = ActorFor(who, offered);

        foreach (var action in OrderActions.All)
        {
            var order = AnOrder.Of(kind).OwnedBy(Actors.OwnerOf(offered)).In(status).Build();
            var refusal = OrderRules.For(action).Refusal(order, actor);
            var error = Attempt(order, action, actor);

            Assert.True(
                (error is null) == offered.AllowedActions(actor).Contains(action),
                $"{who} on a {status} {kind} order: '{action}' is {(error is null ? "accepted but not offered" : $"offered but refused ({error.Code})")}.");
            Assert.Equal((refusal?.Code, refusal?.Forbidden), (error?.Code, error is null ? (bool?)null : error is ForbiddenActionException));
        }
    }

    [Fact]
    public void Every_action_has_its_own_stable_name_in_the_api()
    {
        var names = OrderActions.All.Select(OrderActions.Name).ToList();

        Assert.Equal(
            ["edit", "approve", "reject", "assign", "cancel", "outOfStock", "payDeposit", "recordDeposit", "payBalance", "applyDiscountCode", "addCharge",
             "assignBuyer", "claim", "purchase", "addTrackingNumber", "removeTrackingNumber", "changeShopOrderNumbers", "decideShopOrderNumberChange", "giveLateReason",
             "addParcel", "removeParcel", "confirmReceipt"],
            names);
    }

    [Fact]
    public void Only_customer_care_s_manager_may_ever_review_orders_in_bulk()
    {
        OrderRules.EnsureMayEver(Actors.CsManager, Approve);
        OrderRules.EnsureMayEver(Actors.Admin, Reject);

        AssertForbidden(() => OrderRules.EnsureMayEver(Actors.CsStaff, Approve), OrderErrors.RoleNotAllowed);
        AssertForbidden(() => OrderRules.EnsureMayEver(Actors.NewCustomer(), Reject), OrderErrors.RoleNotAllowed);
    }

    /// <summary>Takes the action with valid input; returns the domain's refusal, or null when it was accepted.</summary>
    private static DomainException? Attempt(Order order, OrderAction action, Actor actor)
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
                case Cancel:
                    order.Cancel(actor, "Không cần nữa", now);
                    break;
                case OutOfStock:
                    order.MarkOutOfStock(actor, "Shop hết hàng", now);
                    break;
                case PayDeposit:
                    order.PayDeposit(actor, Pricing, DepositPayment.FromWallet, now);
                    break;
                case RecordDeposit:
                    order.PayDeposit(actor, Pricing, new DepositPayment(PaymentMethod.BankTransfer, "CK PO-2026-000123"), now);
                    break;
                case PayBalance:
                    Payment.Request(actor, order, 100_000m, 1_000_000m, PaymentMethod.Wallet, null, now);
                    break;
                case ApplyDiscountCode:
                    order.ApplyDiscountCode(actor, ADiscountCode.New().Build(), now, 0);
                    break;
                case AddCharge:
                    order.AddCharge(actor, ChargeKind.Supplementary, 50_000m, "Phí kiểm đếm thêm", now);
                    break;
                case AssignBuyer:
                    order.AssignBuyer(actor, StaffMembers.New("Mai Văn Mua", Roles.OrderingStaff), now);
                    break;
                case Claim:
                    order.Claim(actor, new StaffMember(actor.UserId, actor.Name, actor.Roles, IsActive: true), 0, 10, now);
                    break;
                case Purchase:
                    order.RecordPurchase(actor, [.. order.Lines.Select(l => new LinePurchase(l.Id, l.CartUnitPriceCny, l.OrderedQuantity))], 0m, now);
                    break;
                case AddTrackingNumber:
                    order.AddTrackingNumber(actor, "YT1234567890", now);
                    break;
                case RemoveTrackingNumber:
                    order.RemoveTrackingNumber(actor, "SF1234567890", 0, now);
                    break;
                case ChangeShopOrderNumbers:
                    order.RequestShopOrderNumberChange(actor, ["3342198765"], ["3342198799"], "Shop đổi mã đơn", now);
                    break;
                case DecideShopOrderNumberChange:
                    order.DecideShopOrderNumberChange(actor, approved: true, ["3342198799"], null, now);
                    break;
                case GiveLateReason:
                    order.ExplainDelay(actor, "Shop not responding (not bought in time)", now);
                    break;
                case AddParcel:
                    order.AddParcel(actor, AShippingItem.Tracked("YT9990000002").Build(), now);
                    break;
                case RemoveParcel:
                    order.RemoveParcel(actor, order.ShippingItems.Count > 0 ? order.ShippingItems[^1].Id : Guid.NewGuid(), now);
                    break;
                case ConfirmReceipt:
                    order.ConfirmReceipt(actor, now);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, "The table test does not know this action yet.");
            }

            return null;
        }
        catch (DomainException error)
        {
            return error;
        }
    }

    private static Actor ActorFor(Who who, Order order) => who switch
    {
        Who.Owner => Actors.OwnerOf(order),
        Who.OtherCustomer => Actors.NewCustomer("Khách khác"),
        Who.CsStaff => Actors.CsStaff,
        Who.CsManager => Actors.CsManager,
        Who.OrderManager => Actors.OrderManager,
        Who.OrderingStaff => Actors.OrderingStaff,
        Who.Accountant => Actors.Accountant,
        Who.ForwardingManager => Actors.Staff("Bùi Văn Vận", Roles.ForwardingManager),
        Who.ChinaWarehouse => Actors.Staff("Lý Tiểu Long", Roles.ChinaWarehouse),
        Who.VietnamWarehouse => Actors.Staff("Đinh Thị Kho", Roles.VietnamWarehouse),
        Who.Delivery => Actors.Delivery,
        _ => Actors.Admin,
    };
}
