namespace Ordo.Domain.Logistics;

/// <summary>One stop of a delivery run.</summary>
public enum DeliveryStatus
{
    Out,
    Delivered,
    Failed,
}
