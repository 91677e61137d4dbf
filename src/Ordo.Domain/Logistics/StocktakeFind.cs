namespace Ordo.Domain.Logistics;

/// <summary>Something scanned at a stocktake that the system did not have on these shelves: a parcel from elsewhere, one that turned up, or an unknown code.</summary>
public sealed class StocktakeFind
{
    private StocktakeFind()
    {
        Code = string.Empty;
    }

    internal StocktakeFind(int position, string code, Parcel? parcel, StocktakeScanOutcome outcome, string? shelf, DateTimeOffset at)
    {
        Position = position;
        Code = code;
        ParcelId = parcel?.Id;
        Outcome = outcome;
        ParcelStatus = parcel?.Status;
        WarehouseCode = parcel?.WarehouseCode;
        Shelf = shelf;
        ScannedAt = at;
    }

    /// <summary>1, 2, … in the order they were scanned.</summary>
    public int Position { get; private init; }

    /// <summary>What was scanned (a parcel code, as the scanner read it).</summary>
    public string Code { get; private init; }

    public Guid? ParcelId { get; private init; }

    /// <summary><see cref="StocktakeScanOutcome.Unexpected"/>, <see cref="StocktakeScanOutcome.TurnedUp"/> or <see cref="StocktakeScanOutcome.Unknown"/>.</summary>
    public StocktakeScanOutcome Outcome { get; private init; }

    /// <summary>The parcel's status when it was scanned here (after its receipt, for one that turned up).</summary>
    public ParcelStatus? ParcelStatus { get; private init; }

    /// <summary>Where the system had the parcel.</summary>
    public string? WarehouseCode { get; private init; }

    public string? Shelf { get; private init; }

    public DateTimeOffset ScannedAt { get; private init; }
}
