using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class CartTests
{
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    [Fact]
    public void Submitting_a_cart_with_two_shops_creates_two_groups_one_per_shop()
    {
        var coat = Line("shop-a", "Áo khoác", minute: 1);
        var phoneCase = Line("shop-b", "Ốp điện thoại", minute: 2);
        var shoes = Line("shop-a", "Giày", minute: 3);

        var groups = Cart.SplitByShop([coat, phoneCase, shoes]);

        Assert.Collection(
            groups,
            g => Assert.Equal([coat, shoes], g),
            g => Assert.Equal([phoneCase], g));
    }

    [Fact]
    public void Shop_ids_differing_only_in_case_are_one_shop()
    {
        var first = Line("Shop-A", "Áo", minute: 1);
        var second = Line("SHOP-a", "Quần", minute: 2);

        var group = Assert.Single(Cart.SplitByShop([first, second]));

        Assert.Equal([first, second], group);
    }

    [Fact]
    public void The_same_shop_id_on_two_marketplaces_is_two_shops()
    {
        var taobao = Line("shop-a", "Áo", minute: 1, Marketplace.Taobao);
        var tmall = Line("shop-a", "Áo", minute: 2, Marketplace.Tmall);

        Assert.Equal(2, Cart.SplitByShop([taobao, tmall]).Count);
    }

    [Fact]
    public void Groups_and_their_lines_keep_the_order_in_which_lines_were_added()
    {
        var firstB = Line("shop-b", "B1", minute: 1);
        var firstA = Line("shop-a", "A1", minute: 2);
        var secondB = Line("shop-b", "B2", minute: 3);
        var secondA = Line("shop-a", "A2", minute: 4);

        var groups = Cart.SplitByShop([secondA, secondB, firstA, firstB]);

        Assert.Equal(
            [["B1", "B2"], ["A1", "A2"]],
            groups.Select(g => g.Select(l => l.Product.Title).ToArray()).ToArray());
    }

    [Fact]
    public void An_empty_cart_splits_into_nothing() => Assert.Empty(Cart.SplitByShop([]));

    [Fact]
    public void A_line_expires_exactly_when_it_has_been_untouched_for_the_cart_lifetime()
    {
        var line = CartLine.Add(Customer, AProduct.New().Build(), Clock.Now);

        Assert.False(line.IsExpired(Clock.Now, Lifetime));
        Assert.False(line.IsExpired(Clock.Now + Lifetime - TimeSpan.FromTicks(1), Lifetime));
        Assert.True(line.IsExpired(Clock.Now + Lifetime, Lifetime));
        Assert.True(line.IsExpired(Clock.Now + Lifetime + TimeSpan.FromSeconds(1), Lifetime));
    }

    [Fact]
    public void Updating_a_line_replaces_the_product_and_restarts_its_lifetime()
    {
        var line = CartLine.Add(Customer, AProduct.New().Costing(10m).Build(), Clock.Now);
        var updatedAt = Clock.Now.AddDays(5);
        var product = AProduct.New().Costing(12m, 3).Build();

        line.Update(product, updatedAt);

        Assert.Equal(product, line.Product);
        Assert.Equal(Clock.Now, line.AddedAt);
        Assert.Equal(updatedAt, line.UpdatedAt);
        Assert.False(line.IsExpired(Clock.Now + Lifetime, Lifetime));
        Assert.True(line.IsExpired(updatedAt + Lifetime, Lifetime));
    }

    [Fact]
    public void The_expiry_cutoff_agrees_with_IsExpired()
    {
        var line = CartLine.Add(Customer, AProduct.New().Build(), Clock.Now);

        foreach (var now in new[] { Clock.Now.AddDays(6), Clock.Now + Lifetime, Clock.Now.AddDays(8) })
        {
            Assert.Equal(line.IsExpired(now, Lifetime), line.UpdatedAt <= CartLine.ExpiryCutoff(now, Lifetime));
        }
    }

    private static CartLine Line(string shopId, string title, int minute, Marketplace marketplace = Marketplace.Taobao) =>
        CartLine.Add(Customer, AProduct.New().FromShop(shopId, marketplace).Titled(title).Build(), Clock.Now.AddMinutes(minute));
}
