namespace Ordo.Domain.Buying;

/// <summary>Which buying deadline an order missed (domain.md, Purchase-order lifecycle; <c>Ordo:Buying</c>).</summary>
public enum LateKind
{
    /// <summary>The shop order was not placed within <c>BuyingDeadlineHours</c> of the deposit.</summary>
    Buying,

    /// <summary>The shop's tracking number was not entered within <c>TrackingDeadlineDays</c> of the shop order.</summary>
    Tracking,
}
