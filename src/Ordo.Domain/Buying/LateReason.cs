namespace Ordo.Domain.Buying;

/// <summary>Why an order is late, as its buyer explains it to the order manager.</summary>
public enum LateReason
{
    ShopNotResponding,
    PriceChanged,
    WaitingForCustomer,

    /// <summary>Anything else: the text says what.</summary>
    Other,
}
