namespace Ordo.Domain.Logistics;

/// <summary>
/// A parcel the system had on the warehouse's shelves when the stocktake began: whether it was found (and on which
/// shelf), and whether it was declared lost when it was not.
/// </summary>
public sealed class StocktakeLine
{
    private StocktakeLine()
    {
        ParcelCode = string.Empty;
    }

    internal StocktakeLine(Parcel parcel)
    {
        ParcelId = parcel.Id;
        ParcelCode = parcel.Code;
        Shelf = parcel.Shelf;
        OrderCode = parcel.OrderCode;
        CustomerCode = parcel.CustomerCode;
        Status = parcel.Status;
    }

    public Guid ParcelId { get; private init; }

    public string ParcelCode { get; private init; }

    /// <summary>The shelf the system had it on.</summary>
    public string? Shelf { get; private init; }

    public string? OrderCode { get; private init; }

    public string? CustomerCode { get; private init; }

    /// <summary>Its status when the stocktake began.</summary>
    public ParcelStatus Status { get; private init; }

    public DateTimeOffset? CountedAt { get; internal set; }

    /// <summary>The shelf it was scanned on, when the clerk gave one.</summary>
    public string? CountedShelf { get; internal set; }

    public bool Counted => CountedAt is not null;

    public bool MarkedLost { get; internal set; }
}
