using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Tests.Support;

namespace Ordo.Domain.Tests.Logistics;

/// <summary>A count of a warehouse's shelves: what was expected, what was found, and what is declared lost.</summary>
public class StocktakeTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(9);
    private static readonly Actor ChinaClerk = Actors.Staff("Lý Minh", Roles.ChinaWarehouse);
    private static readonly Actor VietnamClerk = Actors.Staff("Trịnh Hòa", Roles.VietnamWarehouse);
    private static readonly Warehouse Guangzhou = Warehouse.Create(Actors.Admin, "GZ", "Quảng Châu", Country.CN, "Baiyun, Guangzhou");
    private static readonly Warehouse HaNoi = Warehouse.Create(Actors.Admin, "HN", "Hà Nội", Country.VN, "Long Biên, Hà Nội");

    private static int _codes;

    private static Parcel InChina()
    {
        var n = Interlocked.Increment(ref _codes);
        var owner = new ParcelOwner(Guid.NewGuid(), $"PO-2026-{n:D6}", Guid.NewGuid(), "KH000001");
        return Parcel.Receive(ChinaClerk, $"PK-2026-{n:D6}", $"ST{n:D10}", owner, excess: false, Guangzhou, "HN",
            ParcelMeasurements.Parse(2m, 30m, 20m, 10m), [], null, Now.AddDays(-5));
    }

    /// <summary>Parcels through a shipment to Hà Nội: <paramref name="received"/> of them on shelves, the others flagged missing.</summary>
    private static List<Parcel> InHaNoi(int count, int received, string shelf = "A-01")
    {
        var parcels = Enumerable.Range(0, count).Select(_ => InChina()).ToList();
        var shipment = Shipment.Open(ChinaClerk, $"BG-2026-{Interlocked.Increment(ref _codes):D6}", Guangzhou, HaNoi, null, Now.AddDays(-4));
        parcels.ForEach(p => shipment.Pack(ChinaClerk, p, Now.AddDays(-4)));
        shipment.Dispatch(ChinaClerk, parcels, Now.AddDays(-4));
        shipment.Arrive(VietnamClerk, HaNoi, Now.AddDays(-1));
        foreach (var parcel in parcels.Take(received))
        {
            parcel.ReceiveInVietnam(VietnamClerk, HaNoi, shelf, Now.AddDays(-1));
            shipment.MarkReceived(parcel.Id);
        }

        shipment.FinishReceiving(VietnamClerk, [.. parcels.Skip(received)], Now.AddDays(-1));
        return parcels;
    }

    [Fact]
    public void A_count_lists_what_was_found_what_was_not_and_counts_each_parcel_once()
    {
        var parcels = InHaNoi(3, received: 3);
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000001", HaNoi, parcels, Now);

        Assert.Equal(StocktakeScanOutcome.Counted, stocktake.Count(VietnamClerk, HaNoi, parcels[0].Code.ToLowerInvariant(), parcels[0], "a-01", Now));
        Assert.Equal(StocktakeScanOutcome.AlreadyCounted, stocktake.Count(VietnamClerk, HaNoi, parcels[0].Code, parcels[0], "A-01", Now));
        Assert.Equal(StocktakeScanOutcome.Counted, stocktake.Count(VietnamClerk, HaNoi, parcels[1].Code, parcels[1], null, Now));
        Assert.Equal(StocktakeScanOutcome.Unknown, stocktake.Count(VietnamClerk, HaNoi, "PK-1999-000001", null, "A-01", Now));
        Assert.Equal(StocktakeScanOutcome.AlreadyCounted, stocktake.Count(VietnamClerk, HaNoi, "PK-1999-000001", null, "A-01", Now));

        Assert.Equal([parcels[2].Code], stocktake.NotFound.Select(l => l.ParcelCode));
        Assert.Equal(["PK-1999-000001"], stocktake.Finds.Select(f => f.Code));
        Assert.Equal(StocktakeStatus.Counting, stocktake.Status);
        Assert.Equal("HN", stocktake.RunningIn);
    }

    [Fact]
    public void A_parcel_found_on_another_shelf_is_moved_there_in_vietnam()
    {
        var parcels = InHaNoi(1, received: 1, shelf: "A-01");
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000002", HaNoi, parcels, Now);

        Assert.Equal(StocktakeScanOutcome.Moved, stocktake.Count(VietnamClerk, HaNoi, parcels[0].Code, parcels[0], "B-07", Now));

        Assert.Equal("B-07", parcels[0].Shelf);
        Assert.Equal(ParcelAction.Shelved, parcels[0].History[^1].Action);
        Assert.Equal(("A-01", "B-07"), (stocktake.Lines[0].Shelf, stocktake.Lines[0].CountedShelf));
    }

    [Fact]
    public void A_missing_parcel_on_the_shelves_turns_up_and_is_received_while_one_from_elsewhere_is_only_listed()
    {
        var parcels = InHaNoi(2, received: 1);
        var missing = parcels[1];
        var stillInChina = InChina();
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000003", HaNoi, [parcels[0]], Now);

        Assert.Equal(StocktakeScanOutcome.TurnedUp, stocktake.Count(VietnamClerk, HaNoi, missing.Code, missing, "C-02", Now));
        Assert.Equal(StocktakeScanOutcome.Unexpected, stocktake.Count(VietnamClerk, HaNoi, stillInChina.Code, stillInChina, "C-02", Now));

        Assert.Equal((ParcelStatus.InVietnamWarehouse, "C-02"), (missing.Status, missing.Shelf));
        Assert.Equal(ParcelStatus.InChinaWarehouse, stillInChina.Status);
        Assert.Equal(
            [(StocktakeScanOutcome.TurnedUp, (ParcelStatus?)ParcelStatus.InVietnamWarehouse), (StocktakeScanOutcome.Unexpected, ParcelStatus.InChinaWarehouse)],
            stocktake.Finds.Select(f => (f.Outcome, f.ParcelStatus)));
    }

    [Fact]
    public void Only_a_parcel_not_found_at_a_closed_count_is_declared_lost_and_only_once()
    {
        var parcels = InHaNoi(2, received: 2);
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000004", HaNoi, parcels, Now);
        stocktake.Count(VietnamClerk, HaNoi, parcels[0].Code, parcels[0], null, Now);
        DomainAssert.AssertBrokenRule(() => stocktake.MarkLost(VietnamClerk, parcels[1], Now), LogisticsErrors.StocktakeOpen);

        stocktake.Close(VietnamClerk, Now);
        DomainAssert.AssertBrokenRule(() => stocktake.MarkLost(VietnamClerk, parcels[0], Now), LogisticsErrors.NotMissingAtStocktake);
        stocktake.MarkLost(VietnamClerk, parcels[1], Now);

        Assert.Equal(ParcelStatus.Lost, parcels[1].Status);
        Assert.Equal("stocktake KK-2026-000004", parcels[1].History[^1].Remark);
        Assert.True(stocktake.Lines.Single(l => l.ParcelId == parcels[1].Id).MarkedLost);
        DomainAssert.AssertBrokenRule(() => stocktake.MarkLost(VietnamClerk, parcels[1], Now), LogisticsErrors.NotMissingAtStocktake);
        Assert.Null(stocktake.RunningIn);
    }

    [Fact]
    public void A_closed_count_takes_no_more_scans()
    {
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000005", HaNoi, [], Now);
        stocktake.Close(VietnamClerk, Now);

        DomainAssert.AssertBrokenRule(() => stocktake.Count(VietnamClerk, HaNoi, "PK-2026-000001", null, null, Now), LogisticsErrors.StocktakeClosed);
        DomainAssert.AssertBrokenRule(() => stocktake.Close(VietnamClerk, Now), LogisticsErrors.StocktakeClosed);
        Assert.Empty(stocktake.Finds);
    }

    [Fact]
    public void A_china_warehouse_counts_its_received_parcels_and_declares_one_lost_with_its_own_staff()
    {
        var (here, gone) = (InChina(), InChina());
        var stocktake = Stocktake.Start(ChinaClerk, "KK-2026-000006", Guangzhou, [here, gone], Now);
        stocktake.Count(ChinaClerk, Guangzhou, here.Code, here, "K3", Now);
        stocktake.Close(ChinaClerk, Now);

        DomainAssert.AssertForbidden(() => stocktake.MarkLost(VietnamClerk, gone, Now), LogisticsErrors.RoleNotAllowed);
        stocktake.MarkLost(ChinaClerk, gone, Now);

        Assert.Equal(ParcelStatus.Lost, gone.Status);
        Assert.Null(here.Shelf);
    }

    [Fact]
    public void Staff_of_the_other_country_or_outside_the_warehouses_do_not_count()
    {
        DomainAssert.AssertForbidden(() => Stocktake.Start(ChinaClerk, "KK-2026-000007", HaNoi, [], Now), LogisticsErrors.RoleNotAllowed);
        DomainAssert.AssertForbidden(() => Stocktake.Start(Actors.Staff("Lan", Roles.CsStaff), "KK-2026-000008", Guangzhou, [], Now), LogisticsErrors.RoleNotAllowed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>")]
    [InlineData("PK 2026 0001")]
    [InlineData("PK-2026-000000000000000000000000001")]
    public void A_garbage_scan_is_refused_at_its_field_and_counts_nothing(string scanned)
    {
        var stocktake = Stocktake.Start(VietnamClerk, "KK-2026-000009", HaNoi, [], Now);

        DomainAssert.AssertInvalid(() => stocktake.Count(VietnamClerk, HaNoi, scanned, null, null, Now), "parcelCode");
        Assert.Empty(stocktake.Finds);
    }

    [Fact]
    public void A_count_expects_only_parcels_on_the_warehouse_shelves()
    {
        var inChina = InChina();

        Assert.Throws<ArgumentException>(() => Stocktake.Start(VietnamClerk, "KK-2026-000010", HaNoi, [inChina], Now));
        Assert.Equal([ParcelStatus.InVietnamWarehouse, ParcelStatus.ReadyForDelivery], Stocktake.OnShelves(Country.VN));
    }
}
