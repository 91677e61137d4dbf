namespace Ordo.Domain.Logistics;

public enum DeliveryRunStatus
{
    /// <summary>The driver is out with it.</summary>
    Out,

    /// <summary>Every stop delivered or failed.</summary>
    Finished,
}
