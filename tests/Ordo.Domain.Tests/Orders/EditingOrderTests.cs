using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class EditingOrderTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddMinutes(30);

    public static TheoryData<string> CustomerCareRoles => [Roles.CsStaff, Roles.CsManager, Roles.Admin];

    public static TheoryData<string> OtherStaffRoles => [Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant];

    [Fact]
    public void Owner_edits_a_submitted_order_changing_adding_and_removing_lines()
    {
        var order = AnOrder.Purchase()
            .WithLines(
                AProduct.New().Titled("Áo khoác").Costing(89.50m, 2).Build(),
                AProduct.New().Titled("Giày thể thao").Costing(120m).Build())
            .Build();
        var (coat, shoes) = (order.Lines[0], order.Lines[1]);
        var options = new OrderOptions(Inspection: true, WoodenCrate: true, Insurance: false);

        order.EditPurchase(
            Actors.OwnerOf(order),
            [Changed(coat, AProduct.New().Titled("Áo khoác").Costing(89.50m, 3).Build()), Added(AProduct.New().Titled("Mũ LƯỠI TRAI").Costing(25.25m, 4).Build())],
            options, "  Gói kỹ giúp em  ", Now);

        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.Equal(["Áo khoác", "Mũ LƯỠI TRAI"], order.Lines.Select(l => l.Product.Title));
        Assert.Equal(coat.Id, order.Lines[0].Id);
        Assert.DoesNotContain(order.Lines, l => l.Id == shoes.Id);
        Assert.Equal(369.50m, order.GoodsValueCny);
        Assert.Contains("mũ lưỡi trai", order.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("giày", order.SearchText, StringComparison.Ordinal);
        Assert.Equal(options, order.Options);
        Assert.Equal("Gói kỹ giúp em", order.CustomerNote);
        Assert.Equal(Now, order.UpdatedAt);
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.Edited, (OrderStatus?)OrderStatus.Submitted, OrderStatus.Submitted, order.CustomerId, Now),
            (entry.Action, entry.From, entry.To, entry.ByUserId, entry.At));
        Assert.Equal(new OrderEdited(order.Id, order.Code, order.CustomerId, order.CustomerId, Now), Assert.Single(order.DomainEvents));
    }

    [Theory]
    [MemberData(nameof(CustomerCareRoles))]
    public void Customer_care_may_edit_a_customers_order(string role)
    {
        var order = AnOrder.Purchase().Build();

        order.EditPurchase(Actors.Staff("Nhân viên", role), [Added(AProduct.New().Costing(10m).Build())], OrderOptions.None, null, Now);

        Assert.Equal(10m, order.GoodsValueCny);
    }

    [Theory]
    [MemberData(nameof(OtherStaffRoles))]
    public void Staff_outside_customer_care_may_not_edit(string role)
    {
        var order = AnOrder.Purchase().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.EditPurchase(Actors.Staff("Nhân viên", role), KeepAll(order), OrderOptions.None, null, Now), OrderErrors.NotYourOrder);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Another_customer_may_not_edit()
    {
        var order = AnOrder.Purchase().Build();

        AssertForbidden(() => order.EditPurchase(Actors.NewCustomer("Kẻ lạ"), KeepAll(order), OrderOptions.None, null, Now), OrderErrors.NotYourOrder);
    }

    [Theory]
    [InlineData(OrderStatus.Approved)]
    [InlineData(OrderStatus.Deposited)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    public void Edit_WhenNotSubmitted_IsRefused(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.EditPurchase(Actors.OwnerOf(order), KeepAll(order), OrderOptions.None, null, Now), OrderErrors.NotEditable);
        AssertBrokenRule(() => order.EditPurchase(Actors.CsManager, KeepAll(order), OrderOptions.None, null, Now), OrderErrors.NotEditable);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Edit_WithALineFromAnotherShop_IsRefusedNamingTheLine()
    {
        var order = AnOrder.Purchase().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(
            () => order.EditPurchase(Actors.OwnerOf(order), [Kept(order.Lines[0]), Added(AProduct.New().FromShop("other-shop").Build())], OrderOptions.None, null, Now),
            "lines[1].shopId");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Edit_WithTheSameShopIdOnAnotherMarketplace_IsRefused()
    {
        var order = AnOrder.Purchase().Build();

        AssertInvalid(
            () => order.EditPurchase(Actors.OwnerOf(order), [Added(AProduct.New().FromShop(AProduct.DefaultShopId, Marketplace.Tmall).Build())], OrderOptions.None, null, Now),
            "lines[0].shopId");
    }

    [Fact]
    public void Edit_WithTheShopIdInAnotherCase_IsTheSameShop()
    {
        var order = AnOrder.Purchase().Build();

        order.EditPurchase(Actors.OwnerOf(order), [Added(AProduct.New().FromShop(AProduct.DefaultShopId.ToUpperInvariant()).Costing(5m).Build())], OrderOptions.None, null, Now);

        Assert.Equal(5m, order.GoodsValueCny);
    }

    [Fact]
    public void Edit_WithAnUnknownLineId_IsRefused()
    {
        var order = AnOrder.Purchase().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(
            () => order.EditPurchase(Actors.OwnerOf(order), [Kept(order.Lines[0]), (Guid.NewGuid(), AProduct.New().Build())], OrderOptions.None, null, Now),
            "lines[1].id");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Edit_ListingTheSameLineTwice_IsRefusedRatherThanDroppingOne()
    {
        var order = AnOrder.Purchase().Build();
        var line = order.Lines[0];
        var before = OrderSnapshot.Of(order);

        AssertInvalid(
            () => order.EditPurchase(Actors.OwnerOf(order), [Kept(line), Changed(line, AProduct.New().Titled("Khác").Build())], OrderOptions.None, null, Now),
            "lines[1].id");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Edit_RemovingEveryLine_IsRefused()
    {
        var order = AnOrder.Purchase().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.EditPurchase(Actors.OwnerOf(order), [], OrderOptions.None, null, Now), "lines");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Editing_a_shipping_order_as_a_purchase_order_is_refused()
    {
        var order = AnOrder.Shipping().Build();

        AssertInvalid(() => order.EditPurchase(Actors.OwnerOf(order), [Added(AProduct.New().Build())], OrderOptions.None, null, Now), "kind");
        Assert.Empty(order.Lines);
    }

    [Fact]
    public void Owner_edits_the_tracking_numbers_of_a_shipping_order()
    {
        var order = AnOrder.Shipping().Build();

        order.EditShipping(
            Actors.OwnerOf(order),
            [AShippingItem.Tracked("jt0000000009").Described("Đồ chơi").Declared(99.90m).Build()],
            OrderOptions.None, null, Now);

        var item = Assert.Single(order.ShippingItems);
        Assert.Equal("JT0000000009", item.TrackingNumber);
        Assert.Equal(99.90m, order.GoodsValueCny);
        Assert.Contains("jt0000000009\nđồ chơi", order.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("yt7530000001", order.SearchText, StringComparison.Ordinal);
        Assert.IsType<OrderEdited>(Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Editing_a_shipping_order_with_a_duplicate_or_no_tracking_number_is_refused()
    {
        var order = AnOrder.Shipping().Build();
        var before = OrderSnapshot.Of(order);
        var owner = Actors.OwnerOf(order);

        AssertInvalid(() => order.EditShipping(owner, [AShippingItem.Tracked("YT100001").Build(), AShippingItem.Tracked("yt100001").Build()], OrderOptions.None, null, Now), "items");
        AssertInvalid(() => order.EditShipping(owner, [], OrderOptions.None, null, Now), "items");
        AssertInvalid(() => AnOrder.Purchase().Build().EditShipping(Actors.CsStaff, [AShippingItem.Tracked("YT200002").Build()], OrderOptions.None, null, Now), "kind");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    private static (Guid? LineId, ProductDetails Product) Kept(OrderLine line) => (line.Id, line.Product);

    private static (Guid? LineId, ProductDetails Product) Changed(OrderLine line, ProductDetails product) => (line.Id, product);

    private static (Guid? LineId, ProductDetails Product) Added(ProductDetails product) => (null, product);

    private static List<(Guid? LineId, ProductDetails Product)> KeepAll(Order order) => [.. order.Lines.Select(Kept)];
}
