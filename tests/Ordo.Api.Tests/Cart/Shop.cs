namespace Ordo.Api.Tests.Cart;

/// <summary>A shop on a Chinese marketplace; a cart splits into one order per shop.</summary>
public sealed record Shop(string Marketplace, string Id, string Name)
{
    public static Shop Uniqlo { get; } = new("Taobao", "tb-57301122", "优衣库官方旗舰店 UNIQLO");

    public static Shop Xiaomi { get; } = new("Tmall", "tm-1000234", "小米官方旗舰店");

    public static Shop Yiwu { get; } = new("Alibaba1688", "1688-b2b-8831", "义乌市好运来饰品厂");
}
