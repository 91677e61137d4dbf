namespace Ordo.Domain.Tests.Orders.Builders;

/// <summary>
/// An order as it would be loaded from the database: submitted by its customer, brought to the wanted
/// status, with its domain events already dispatched (cleared) so a test sees only what its action raises.
/// </summary>
public sealed class AnOrder
{
    private readonly OrderKind _kind;
    private Actor _owner = Actors.NewCustomer();
    private IReadOnlyList<ProductDetails> _lines =
    [
        AProduct.New().Titled("Áo khoác gió nam").Costing(89.50m, 2).Build(),
        AProduct.New().Titled("Giày thể thao").Costing(120m, 1).Build(),
    ];

    private IReadOnlyList<ShippingItemDetails> _items =
    [
        AShippingItem.Tracked("YT7530000001").Declared(150m).Build(),
        AShippingItem.Tracked("SF1400000002").Described("Phụ kiện điện thoại").Declared(80m).Build(),
    ];

    private OrderStatus _status = OrderStatus.Submitted;

    private AnOrder(OrderKind kind) => _kind = kind;

    public static AnOrder Purchase() => new(OrderKind.Purchase);

    public static AnOrder Shipping() => new(OrderKind.Shipping);

    public static AnOrder Of(OrderKind kind) => new(kind);

    public AnOrder OwnedBy(Actor customer)
    {
        _owner = customer;
        return this;
    }

    public AnOrder WithLines(params ProductDetails[] lines)
    {
        _lines = lines;
        return this;
    }

    public AnOrder WithItems(params ShippingItemDetails[] items)
    {
        _items = items;
        return this;
    }

    public AnOrder Submitted() => In(OrderStatus.Submitted);

    public AnOrder Approved() => In(OrderStatus.Approved);

    public AnOrder In(OrderStatus status)
    {
        if (!Reachable(_kind).Contains(status))
        {
            throw new ArgumentException($"A {_kind} order never reaches {status}.", nameof(status));
        }

        _status = status;
        return this;
    }

    public Order Build()
    {
        var order = _kind == OrderKind.Purchase
            ? Order.SubmitPurchase("PO-2026-000123", _owner.AsCustomerRef(), _lines, OrderOptions.None, null, _owner, Clock.Now)
            : Order.SubmitShipping("SO-2026-000045", _owner.AsCustomerRef(), _items, OrderOptions.None, null, _owner, Clock.Now);
        var later = Clock.Now.AddHours(1);
        switch (_status)
        {
            case OrderStatus.Submitted:
                break;
            case OrderStatus.Rejected:
                order.Reject(Actors.CsManager, "Link không hợp lệ", later);
                break;
            case OrderStatus.Cancelled:
                order.Cancel(Actors.CsManager, "Khách đổi ý", later);
                break;
            default:
                order.Approve(Actors.CsManager, null, null, later);
                PlaceAt(order, _status);
                break;
        }

        order.ClearDomainEvents();
        return order;
    }

    /// <summary>Every status an order of <paramref name="kind"/> can reach from Submitted, per the lifecycle table.</summary>
    public static IReadOnlySet<OrderStatus> Reachable(OrderKind kind)
    {
        var seen = new HashSet<OrderStatus> { OrderStatus.Submitted };
        var queue = new Queue<OrderStatus>(seen);
        while (queue.TryDequeue(out var from))
        {
            foreach (var to in Enum.GetValues<OrderStatus>().Where(to => OrderLifecycle.CanMove(kind, from, to) && seen.Add(to)))
            {
                queue.Enqueue(to);
            }
        }

        return seen;
    }

    /// <summary>The buyer the builder's orders are assigned to from Ordering on.</summary>
    public static StaffMember Buyer { get; } = StaffMembers.New("Hoàng Thu Hà", Roles.OrderingStaff);

    public static Actor BuyerActor { get; } = new(Buyer.Id, Buyer.Name, new HashSet<string>(Buyer.Roles, StringComparer.Ordinal));

    /// <summary>The pricing the builder deposits at: 3,650 VND per CNY, the default fee tables.</summary>
    public static global::Ordo.Domain.Money.OrderPricing Pricing { get; } = new(
        global::Ordo.Domain.Money.ExchangeRate.Of(3_650m), global::Ordo.Domain.Money.FeeSchedule.Default, global::Ordo.Domain.Money.PricingTerms.None, global::Ordo.Domain.Money.Money.Zero(global::Ordo.Domain.Money.Currency.VND));

    // A purchase order goes through its own commands as far as they exist: deposit, buyer, purchase at the cart's
    // prices, a tracking number. Logistics states come later: from there the order is placed at its status directly,
    // as if it had been loaded in that state.
    private static void PlaceAt(Order order, OrderStatus status)
    {
        var at = Clock.Now.AddHours(2);
        var spine = OrderLifecycle.Spine(order.Kind);
        bool Reaches(OrderStatus step) => spine.Contains(status) && spine.ToList().IndexOf(status) >= spine.ToList().IndexOf(step);
        if (order.Kind == OrderKind.Purchase && (Reaches(OrderStatus.Deposited) || status is OrderStatus.OutOfStock))
        {
            order.PayDeposit(Actors.OwnerOf(order), Pricing, global::Ordo.Domain.Money.DepositPayment.FromWallet, at);
            if (Reaches(OrderStatus.Ordering))
            {
                order.AssignBuyer(Actors.OrderManager, Buyer, at);
            }

            if (Reaches(OrderStatus.Ordered))
            {
                order.RecordPurchase(BuyerActor, [.. order.Lines.Select(l => new LinePurchase(l.Id, l.CartUnitPriceCny, l.OrderedQuantity))], 0m, at);
            }

            if (Reaches(OrderStatus.ShopShipped))
            {
                order.AddTrackingNumber(BuyerActor, "SF1234567890", at);
            }
        }

        if (order.Status != status)
        {
            typeof(Order).GetProperty(nameof(Order.Status))!.SetValue(order, status);
        }
    }
}
