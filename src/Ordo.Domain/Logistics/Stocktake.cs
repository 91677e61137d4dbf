using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A count of one warehouse's shelves. It begins with what the system has there (<see cref="Lines"/>); staff scan
/// every parcel they find, each scan counted once; what was found but not expected is listed (<see cref="Finds"/>):
/// a parcel the system had elsewhere, one missing or lost that turned up (received here at once), an unknown code.
/// Once closed, what was expected and not found can be declared lost, parcel by parcel. One count at a time per warehouse.
/// </summary>
public sealed class Stocktake : AggregateRoot
{
    public const int MaxFinds = 5_000;
    public const int MaxCodeLength = 32;

    private readonly List<StocktakeLine> _lines = [];
    private readonly List<StocktakeFind> _finds = [];

    private Stocktake()
    {
        Code = WarehouseCode = StartedByName = string.Empty;
    }

    public string Code { get; private init; }

    public string WarehouseCode { get; private init; }

    public Country Country { get; private init; }

    public StocktakeStatus Status { get; private set; }

    /// <summary>The warehouse's code while it counts, nothing once closed: a unique index keeps one count a warehouse.</summary>
    public string? RunningIn { get; private set; }

    public DateTimeOffset StartedAt { get; private init; }

    public Guid StartedBy { get; private init; }

    public string StartedByName { get; private init; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedByName { get; private set; }

    public IReadOnlyList<StocktakeLine> Lines => _lines;

    public IReadOnlyList<StocktakeFind> Finds => _finds;

    /// <summary>Expected and not scanned (so far, or at the close).</summary>
    public IEnumerable<StocktakeLine> NotFound => _lines.Where(l => !l.Counted);

    /// <summary>The statuses of a parcel on a warehouse's shelves: in China received and not packed; in Vietnam arrived, or released and waiting for its driver.</summary>
    public static IReadOnlyList<ParcelStatus> OnShelves(Country country) =>
        country == Country.CN ? [ParcelStatus.InChinaWarehouse] : [ParcelStatus.InVietnamWarehouse, ParcelStatus.ReadyForDelivery];

    /// <summary>Begins a count of <paramref name="warehouse"/>, expecting exactly <paramref name="onShelves"/>: the parcels the system has on its shelves.</summary>
    public static Stocktake Start(Actor actor, string code, Warehouse warehouse, IReadOnlyCollection<Parcel> onShelves, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(onShelves);
        LogisticsRules.EnsureMayTakeStock(actor, warehouse.Country);
        if (!warehouse.IsActive)
        {
            throw new DomainException(LogisticsErrors.WarehouseInactive, $"Warehouse {warehouse.Code} is closed.");
        }

        var statuses = OnShelves(warehouse.Country);
        if (onShelves.Any(p => p.WarehouseCode != warehouse.Code || !statuses.Contains(p.Status)))
        {
            throw new ArgumentException($"The parcels expected must be on {warehouse.Code}'s shelves.", nameof(onShelves));
        }

        var stocktake = new Stocktake
        {
            Code = code, WarehouseCode = warehouse.Code, Country = warehouse.Country, Status = StocktakeStatus.Counting,
            RunningIn = warehouse.Code, StartedAt = now, StartedBy = actor.UserId, StartedByName = actor.Name,
        };
        stocktake._lines.AddRange(onShelves.OrderBy(p => p.Shelf, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new StocktakeLine(p)));
        return stocktake;
    }

    /// <summary>
    /// One scan of <paramref name="scanned"/> (a parcel code; <paramref name="parcel"/> is the parcel with that code,
    /// if any) on <paramref name="shelf"/>. An expected parcel is counted, once, and in Vietnam moved to the shelf it was
    /// found on; a parcel missing or lost and bound here is received here; anything else is listed as found.
    /// </summary>
    public StocktakeScanOutcome Count(Actor actor, Warehouse warehouse, string? scanned, Parcel? parcel, string? shelf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        LogisticsRules.EnsureMayTakeStock(actor, Country);
        EnsureCounting();
        if (warehouse.Code != WarehouseCode)
        {
            throw new ArgumentException($"Stocktake {Code} counts {WarehouseCode}.", nameof(warehouse));
        }

        var code = NormalizeCode(scanned);
        if (parcel is not null && parcel.Code != code)
        {
            throw new ArgumentException("The parcel must be the one with the scanned code.", nameof(parcel));
        }

        var counted = string.IsNullOrWhiteSpace(shelf) ? null : shelf.Trim().ToUpperInvariant();
        new Check().MaxLength(counted, "shelf", Parcel.MaxShelfLength).ThrowIfAny();
        if (_lines.FirstOrDefault(l => l.ParcelCode == code) is { } line)
        {
            if (line.Counted)
            {
                return StocktakeScanOutcome.AlreadyCounted;
            }

            (line.CountedAt, line.CountedShelf) = (now, counted);
            var moves = Country == Country.VN && counted is not null && counted != line.Shelf && parcel is not null
                        && OnShelves(Country).Contains(parcel.Status) && parcel.WarehouseCode == WarehouseCode;
            if (moves)
            {
                parcel!.PutOnShelf(actor, counted, now);
                return StocktakeScanOutcome.Moved;
            }

            return StocktakeScanOutcome.Counted;
        }

        if (_finds.Any(f => f.Code == code))
        {
            return StocktakeScanOutcome.AlreadyCounted;
        }

        if (_finds.Count >= MaxFinds)
        {
            throw new DomainValidationException("parcelCode", $"is one find too many: a stocktake lists at most {MaxFinds} parcels it did not expect");
        }

        var outcome = parcel switch
        {
            null => StocktakeScanOutcome.Unknown,
            { Status: ParcelStatus.Missing or ParcelStatus.Lost } when Country == Country.VN && parcel.DestinationCode == WarehouseCode => StocktakeScanOutcome.TurnedUp,
            _ => StocktakeScanOutcome.Unexpected,
        };
        if (outcome == StocktakeScanOutcome.TurnedUp)
        {
            parcel!.ReceiveInVietnam(actor, warehouse, counted, now);
        }

        _finds.Add(new StocktakeFind(_finds.Count + 1, code, parcel, outcome, counted, now));
        return outcome;
    }

    /// <summary>The scanning is done: what was not found stays listed, to be declared lost or looked for.</summary>
    public void Close(Actor actor, DateTimeOffset now)
    {
        LogisticsRules.EnsureMayTakeStock(actor, Country);
        EnsureCounting();
        (Status, RunningIn, ClosedAt, ClosedByName) = (StocktakeStatus.Closed, null, now, actor.Name);
    }

    /// <summary>Declares lost a parcel the closed stocktake expected and did not find (it must still be where it was).</summary>
    public void MarkLost(Actor actor, Parcel parcel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        LogisticsRules.EnsureMayTakeStock(actor, Country);
        if (Status != StocktakeStatus.Closed)
        {
            throw new DomainException(LogisticsErrors.StocktakeOpen, $"Stocktake {Code} is still counting: close it before declaring anything lost.");
        }

        var line = _lines.FirstOrDefault(l => l.ParcelId == parcel.Id);
        if (line is null || line.Counted || line.MarkedLost)
        {
            throw new DomainException(LogisticsErrors.NotMissingAtStocktake, line is null
                ? $"Parcel {parcel.Code} was not expected at stocktake {Code}."
                : line.Counted ? $"Parcel {parcel.Code} was found at stocktake {Code}." : $"Parcel {parcel.Code} was already declared lost.");
        }

        if (parcel.Status == ParcelStatus.ReadyForDelivery)
        {
            throw new DomainException(LogisticsErrors.IllegalParcelStep, $"Parcel {parcel.Code} is released ({parcel.ReleaseCode}): look for it with its release before declaring it lost.");
        }

        parcel.MarkLost(actor, $"stocktake {Code}", now);
        line.MarkedLost = true;
    }

    public static string NormalizeCode(string? scanned)
    {
        new Check().Required(scanned, "parcelCode", MaxCodeLength).ThrowIfAny();
        var code = scanned!.Trim().ToUpperInvariant();
        new Check().That(code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'), "parcelCode", "must hold only letters, digits, hyphens, underscores, dots and slashes (a parcel's label)")
            .ThrowIfAny();
        return code;
    }

    private void EnsureCounting()
    {
        if (Status != StocktakeStatus.Counting)
        {
            throw new DomainException(LogisticsErrors.StocktakeClosed, $"Stocktake {Code} was closed on {ClosedAt:u}: start a new one.");
        }
    }
}
