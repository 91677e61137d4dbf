using Ordo.Domain.Money;

namespace Ordo.Domain.Orders;

/// <summary>A supplementary charge or a credit staff added to an order, with its reason.</summary>
public sealed class OrderCharge
{
    private OrderCharge()
    {
        Reason = ByName = string.Empty;
    }

    internal OrderCharge(ChargeKind kind, decimal amountVnd, string reason, DateTimeOffset at, Guid byUserId, string byName, Guid? parcelId = null)
    {
        ParcelId = parcelId;
        Kind = kind;
        AmountVnd = amountVnd;
        Reason = reason;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public ChargeKind Kind { get; private init; }

    /// <summary>The parcel an international shipping fee is for (one fee a parcel).</summary>
    public Guid? ParcelId { get; private init; }

    public decimal AmountVnd { get; private init; }

    public string Reason { get; private init; }

    public DateTimeOffset At { get; private init; }

    public Guid ByUserId { get; private init; }

    public string ByName { get; private init; }
}
