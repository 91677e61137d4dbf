namespace Ordo.Domain.Logistics;

/// <summary>Where a stocktake stands: its shelves being scanned, or closed with what it found and did not.</summary>
public enum StocktakeStatus
{
    Counting,
    Closed,
}
