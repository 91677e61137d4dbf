namespace Ordo.Domain.Orders;

/// <summary>Why money paid towards an order goes back to the wallet.</summary>
public enum RefundCause
{
    Cancelled,
    OutOfStock,

    /// <summary>The order now costs less than was paid (a credit, a shortage, a second transfer for the same balance).</summary>
    Overpaid,
}
