namespace Ordo.Application.Money.Debts;

/// <summary>
/// What a deposited purchase order costs, what was paid towards it and what is still due, in whole dong: the
/// row the debts report reads. <see cref="OrderBalanceProjection"/> writes it in the same save as every change
/// to the order or to the money posted on it, so the report is a query, never a recalculation of every order.
/// </summary>
public sealed class OrderBalance
{
    public Guid OrderId { get; init; }

    public Guid CustomerId { get; set; }

    public long TotalVnd { get; set; }

    public long PaidVnd { get; set; }

    public long DueVnd { get; set; }

    /// <summary>False once the order is completed, cancelled or out of stock: it no longer counts as a debt.</summary>
    public bool IsOpen { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
