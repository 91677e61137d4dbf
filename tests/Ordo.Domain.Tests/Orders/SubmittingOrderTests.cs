using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class SubmittingOrderTests
{
    private readonly Actor _customer = Actors.NewCustomer("Nguyễn Văn An");

    public static TheoryData<string> RolesThatMayOrderForACustomer => [Roles.CsManager, Roles.CsStaff, Roles.Admin];

    public static TheoryData<string> RolesThatMayNotOrderForACustomer =>
        [Roles.Customer, Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant, Roles.Delivery];

    [Fact]
    public void Submitting_a_purchase_order_opens_it_as_submitted_with_its_first_history_entry_and_event()
    {
        var order = Order.SubmitPurchase(
            "PO-2026-000123", _customer.AsCustomerRef(),
            [AProduct.New().Titled("Áo khoác").Costing(89.50m, 2).Build(), AProduct.New().Titled("Giày").Costing(120m).Build()],
            new OrderOptions(Inspection: true, WoodenCrate: false, Insurance: true), "  giao giờ hành chính  ", _customer, Clock.Now);

        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.Equal(OrderKind.Purchase, order.Kind);
        Assert.Equal(_customer.UserId, order.CustomerId);
        Assert.Equal(AProduct.DefaultShopId, order.ShopId);
        Assert.Equal(Marketplace.Taobao, order.Marketplace);
        Assert.Equal(299m, order.GoodsValueCny);
        Assert.Equal("giao giờ hành chính", order.CustomerNote);
        Assert.True(order.Options.Inspection);
        Assert.Equal(2, order.Lines.Count);
        var entry = Assert.Single(order.History);
        Assert.Equal((OrderHistoryAction.Submitted, (OrderStatus?)null, OrderStatus.Submitted, _customer.UserId, Clock.Now),
            (entry.Action, entry.From, entry.To, entry.ByUserId, entry.At));
        var submitted = Assert.IsType<OrderSubmitted>(Assert.Single(order.DomainEvents));
        Assert.Equal(new OrderSubmitted(order.Id, "PO-2026-000123", OrderKind.Purchase, _customer.UserId, Clock.Now), submitted);
    }

    [Fact]
    public void Submitting_indexes_code_customer_shop_and_titles_in_lower_case_for_search()
    {
        var order = AnOrder.Purchase().OwnedBy(_customer).WithLines(AProduct.New().Titled("Áo KHOÁC Gió").Build()).Build();

        Assert.Equal(
            "po-2026-000123\nnguyễn văn an\nan.nguyen@example.vn\n0901234567\novo-store\novo store\náo khoác gió",
            order.SearchText);
    }

    [Fact]
    public void Submitting_a_purchase_order_with_lines_from_two_shops_is_refused() =>
        AssertInvalid(
            () => AnOrder.Purchase().WithLines(AProduct.New().FromShop("shop-a").Build(), AProduct.New().FromShop("shop-b").Build()).Build(),
            "lines");

    [Fact]
    public void Submitting_lines_of_the_same_shop_id_on_two_marketplaces_is_refused() =>
        AssertInvalid(
            () => AnOrder.Purchase().WithLines(
                AProduct.New().FromShop("shop-a", Marketplace.Taobao).Build(),
                AProduct.New().FromShop("shop-a", Marketplace.Tmall).Build()).Build(),
            "lines");

    [Fact]
    public void Shop_ids_that_differ_only_in_case_are_one_shop()
    {
        var order = AnOrder.Purchase()
            .WithLines(AProduct.New().FromShop("Shop-A").Build(), AProduct.New().FromShop("shop-a").Build())
            .Build();

        Assert.Equal("Shop-A", order.ShopId);
        Assert.Equal(2, order.Lines.Count);
    }

    [Fact]
    public void Submitting_a_purchase_order_without_lines_is_refused() =>
        AssertInvalid(() => AnOrder.Purchase().WithLines().Build(), "lines");

    [Theory]
    [MemberData(nameof(RolesThatMayOrderForACustomer))]
    public void Customer_care_may_submit_on_behalf_of_a_customer(string role)
    {
        var staff = Actors.Staff("Nhân viên", role);

        var order = Order.SubmitPurchase("PO-2026-000124", _customer.AsCustomerRef(), [AProduct.New().Build()], OrderOptions.None, null, staff, Clock.Now);

        Assert.Equal(_customer.UserId, order.CustomerId);
        Assert.Equal(staff.UserId, Assert.Single(order.History).ByUserId);
    }

    [Theory]
    [MemberData(nameof(RolesThatMayNotOrderForACustomer))]
    public void Others_may_not_submit_on_behalf_of_a_customer(string role)
    {
        var someoneElse = Actors.Staff("Người khác", role);

        AssertForbidden(
            () => Order.SubmitPurchase("PO-2026-000124", _customer.AsCustomerRef(), [AProduct.New().Build()], OrderOptions.None, null, someoneElse, Clock.Now),
            OrderErrors.RoleNotAllowed);
        AssertForbidden(
            () => Order.SubmitShipping("SO-2026-000046", _customer.AsCustomerRef(), [AShippingItem.Tracked("YT100001").Build()], OrderOptions.None, null, someoneElse, Clock.Now),
            OrderErrors.RoleNotAllowed);
    }

    [Fact]
    public void Submitting_a_shipping_order_values_it_at_the_declared_values()
    {
        var order = AnOrder.Shipping().OwnedBy(_customer)
            .WithItems(AShippingItem.Tracked("yt7530000001").Declared(150.25m).Build(), AShippingItem.Tracked("SF1400000002").Declared(80m).Build())
            .Build();

        Assert.Equal(OrderKind.Shipping, order.Kind);
        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.Equal(230.25m, order.GoodsValueCny);
        Assert.Null(order.ShopId);
        Assert.Equal(["YT7530000001", "SF1400000002"], order.ShippingItems.Select(i => i.TrackingNumber));
        Assert.Contains("yt7530000001", order.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitting_a_shipping_order_listing_a_tracking_number_twice_is_refused() =>
        AssertInvalid(
            () => AnOrder.Shipping().WithItems(AShippingItem.Tracked("yt7530000001").Build(), AShippingItem.Tracked(" YT7530000001 ").Build()).Build(),
            "items");

    [Fact]
    public void Submitting_a_shipping_order_without_tracking_numbers_is_refused() =>
        AssertInvalid(() => AnOrder.Shipping().WithItems().Build(), "items");

    [Fact]
    public void A_customer_sees_only_their_own_orders_and_staff_see_all()
    {
        var order = AnOrder.Purchase().OwnedBy(_customer).Build();

        Assert.True(order.IsVisibleTo(_customer));
        Assert.False(order.IsVisibleTo(Actors.NewCustomer()));
        Assert.True(order.IsVisibleTo(Actors.Delivery));
    }
}
