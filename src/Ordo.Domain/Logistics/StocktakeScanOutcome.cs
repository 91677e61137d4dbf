namespace Ordo.Domain.Logistics;

/// <summary>What one scan at a stocktake found.</summary>
public enum StocktakeScanOutcome
{
    /// <summary>A parcel the system has on this warehouse's shelves: counted.</summary>
    Counted,

    /// <summary>Counted, on another shelf than the one recorded: the parcel's shelf is moved to where it was found.</summary>
    Moved,

    /// <summary>Scanned before at this stocktake: nothing counted twice.</summary>
    AlreadyCounted,

    /// <summary>A parcel missing or lost that was on the shelves after all: received here.</summary>
    TurnedUp,

    /// <summary>A parcel the system has elsewhere (another warehouse, packed, out for delivery…): listed, not counted.</summary>
    Unexpected,

    /// <summary>No parcel has this code: listed for staff to look at.</summary>
    Unknown,
}
