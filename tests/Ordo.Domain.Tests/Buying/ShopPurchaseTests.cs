using Ordo.Domain.Buying;
using Ordo.Domain.Money;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Buying;

public class ShopPurchaseTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(1);
    private static readonly ExchangeRate Rate = ExchangeRate.Of(3_700m);
    private static readonly BuyingAccountRef Account = new(Guid.NewGuid(), "ordo_tb_01");

    private static Order Purchased(decimal chinaShippingCny = 8m)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordering).Build();
        order.RecordPurchase(AnOrder.BuyerActor, [.. order.Lines.Select(l => new LinePurchase(l.Id, l.CartUnitPriceCny, l.OrderedQuantity))], chinaShippingCny, Now);
        return order;
    }

    [Fact]
    public void The_agent_pays_the_shop_goods_and_china_shipping_less_the_bargain_from_its_cn_account()
    {
        var order = Purchased();

        var (purchase, payment) = ShopPurchase.Record(order, AnOrder.BuyerActor, Account, ["3342198765"], 20m, Rate, "Mặc cả được 20 tệ", Now);

        Assert.Equal((299m, 8m, 20m, 287m), (purchase.GoodsCostCny, purchase.ChinaShippingCny, purchase.BargainDiscountCny, purchase.PaidCny));
        Assert.Equal(1_061_900m, purchase.PaidVnd);
        Assert.Equal(("ordo_tb_01", order.Id), (purchase.BuyingAccountName, purchase.OrderId));
        Assert.NotNull(payment);
        Assert.Equal(JournalEntryKind.ShopPayment, payment.Kind);
        Assert.All(payment.Lines, l => Assert.Equal(Currency.CNY, l.Currency));
        Assert.Equal(0m, payment.Lines.Sum(l => l.Amount));
        Assert.Equal(-287m, payment.Lines.Single(l => l.AccountKey == LedgerAccount.CnPayment.Key).Amount);
        Assert.Equal(order.Id, payment.OrderId);
    }

    [Fact]
    public void A_purchase_without_a_shop_order_number_or_with_an_impossible_bargain_is_refused()
    {
        var order = Purchased();

        AssertInvalid(() => ShopPurchase.Record(order, AnOrder.BuyerActor, Account, [], 308m, Rate, null, Now), "shopOrderNumbers", "bargainDiscountCny");
        AssertInvalid(() => ShopPurchase.Record(order, AnOrder.BuyerActor, Account, ["A1", "a1", " "], -1m, Rate, new string('x', 1001), Now),
            "shopOrderNumbers", "shopOrderNumbers[2]", "bargainDiscountCny", "note");
    }

    [Fact]
    public void A_bargain_that_covers_everything_books_no_payment()
    {
        var order = Purchased(chinaShippingCny: 0m);

        var (purchase, payment) = ShopPurchase.Record(order, AnOrder.BuyerActor, null, ["1"], 299m, Rate, null, Now);

        Assert.Equal(0m, purchase.PaidCny);
        Assert.Null(payment);
    }

    [Theory]
    [InlineData(" sf1234567890 ", "SF1234567890")]
    [InlineData("YT-7530-0001", "YT-7530-0001")]
    public void A_tracking_number_is_kept_trimmed_and_upper_case(string typed, string kept) =>
        Assert.Equal(kept, TrackingNumbers.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SF12")]
    [InlineData("SF 1234 5678")]
    [InlineData("運單123456789")]
    [InlineData("<script>alert(1)</script>")]
    public void An_empty_short_or_garbage_tracking_number_is_refused(string typed) =>
        AssertInvalid(() => TrackingNumbers.Parse(typed), "trackingNumber");

    [Fact]
    public void A_200_character_tracking_number_is_refused() =>
        AssertInvalid(() => TrackingNumbers.Parse(new string('A', 200)), "trackingNumber");
}
