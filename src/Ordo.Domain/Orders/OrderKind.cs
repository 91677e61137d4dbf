namespace Ordo.Domain.Orders;

public enum OrderKind
{
    /// <summary>The agent buys the goods for the customer (đơn mua hộ).</summary>
    Purchase,

    /// <summary>The customer bought the goods; the agent only ships them (đơn ký gửi).</summary>
    Shipping,
}
