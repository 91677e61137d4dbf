namespace Ordo.Domain.Tests.Orders.Builders;

/// <summary>A valid cart product; change only what the test is about.</summary>
public sealed class AProduct
{
    public const string DefaultShopId = "ovo-store";

    private Marketplace _marketplace = Marketplace.Taobao;
    private string _shopId = DefaultShopId;
    private string _shopName = "OVO Store";
    private string _title = "Áo khoác gió nam";
    private decimal _unitPriceCny = 89.50m;
    private int _quantity = 2;

    private AProduct()
    {
    }

    public static AProduct New() => new();

    public AProduct FromShop(string shopId, Marketplace marketplace = Marketplace.Taobao)
    {
        _shopId = shopId;
        _shopName = $"Shop {shopId}";
        _marketplace = marketplace;
        return this;
    }

    public AProduct Titled(string title)
    {
        _title = title;
        return this;
    }

    public AProduct Costing(decimal unitPriceCny, int quantity = 1)
    {
        _unitPriceCny = unitPriceCny;
        _quantity = quantity;
        return this;
    }

    public ProductDetails Build() => ProductDetails.Create(
        "https://item.taobao.com/item.htm?id=652731", _marketplace, _shopId, _shopName, _title,
        "https://img.alicdn.com/item/652731.jpg", "Màu: đen; Size: L", _unitPriceCny, _quantity, null);
}
