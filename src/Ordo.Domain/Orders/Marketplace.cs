namespace Ordo.Domain.Orders;

public enum Marketplace
{
    Taobao,
    Tmall,
    Alibaba1688,
    Other,
}
