namespace Ordo.Domain.Logistics;

/// <summary>Where a warehouse is: China, where parcels from the shops are received, or Vietnam, where customers get them.</summary>
public enum Country
{
    CN,
    VN,
}
