using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Logistics;

namespace Ordo.Api.Tests.Logistics;

/// <summary>
/// A stocktake of a Vietnam warehouse (where scanned parcels go by default) through the API: what the system expects on
/// the shelves, what the clerks scan, what turns up, and what is declared lost. Its own app, so no other test counts
/// that warehouse at the same time.
/// </summary>
public abstract class StocktakeApiTests(OrdoApp app) : ApiTest(app)
{
    private Task<ApiUser> ChinaStaffAsync() => App.DemoUserAsync("cn.warehouse@ordo.test");

    private Task<ApiUser> VietnamStaffAsync() => App.DemoUserAsync("vn.warehouse@ordo.test");

    private Task<ApiUser> ForwardingAsync() => App.DemoUserAsync("forwarding.manager@ordo.test");

    private static async Task<ParcelDto> ScanInChinaAsync(ApiUser china, string number) =>
        (await (await china.PostAsync("/api/warehouses/GZ/scan", new ScanParcel.Command(number, 1.5m, 30m, 20m, 10m)))
            .ReadAsync<ScanParcel.Result>()).Parcel;

    /// <summary>Four parcels of one order shipped to their Vietnam warehouse: three on shelf A-01, the fourth flagged missing; and a fifth still in China.</summary>
    private async Task<(ParcelDto[] OnShelves, ParcelDto Missing, ParcelDto InChina, string Warehouse)> ParcelsAsync()
    {
        var customer = await NewCustomerAsync();
        var numbers = Enumerable.Range(0, 5).Select(_ => ShippingOrderRequest.NewTrackingNumber()).ToArray();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(numbers));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        var china = await ChinaStaffAsync();
        var parcels = new List<ParcelDto>();
        foreach (var number in numbers)
        {
            parcels.Add(await ScanInChinaAsync(china, number));
        }

        var warehouse = parcels[0].Destination;
        var shipment = await (await china.PostAsync("/api/shipments", new Shipments.OpenCommand(warehouse))).ReadAsync<ShipmentDto>(HttpStatusCode.Created);
        foreach (var parcel in parcels.Take(4))
        {
            shipment = await (await china.PostAsync($"/api/shipments/{shipment.Id}/parcels", new Shipments.ParcelCommand(parcel.Code))).ReadAsync<ShipmentDto>();
        }

        await (await china.PostAsync($"/api/shipments/{shipment.Id}/dispatch", ifMatch: $"\"{shipment.Version}\"")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var vietnam = await VietnamStaffAsync();
        await (await vietnam.PostAsync($"/api/warehouses/{warehouse}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        foreach (var parcel in parcels.Take(3))
        {
            await (await vietnam.PostAsync($"/api/warehouses/{warehouse}/receive-parcel", new VietnamReceipt.ReceiveCommand(parcel.Code, "A-01"))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        await (await vietnam.PostAsync($"/api/shipments/{shipment.Id}/finish-receiving")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return ([.. parcels.Take(3)], parcels[3], parcels[4], warehouse);
    }

    private static async Task<StocktakeScanDto> ScanAsync(ApiUser clerk, Guid stocktakeId, string code, string? shelf = null) =>
        await (await clerk.PostAsync($"/api/stocktakes/{stocktakeId}/scans", new Stocktakes.ScanCommand(code, shelf))).ReadAsync<StocktakeScanDto>();

    [Fact]
    public async Task A_count_of_a_vietnam_warehouse_finds_its_parcels_moves_one_shelf_receives_one_that_turned_up_and_declares_the_one_not_found_lost()
    {
        var (onShelves, missing, inChina, warehouse) = await ParcelsAsync();
        var (a, b, c) = (onShelves[0], onShelves[1], onShelves[2]);
        var vietnam = await VietnamStaffAsync();
        var forwarding = await ForwardingAsync();

        var started = await (await vietnam.PostAsync("/api/stocktakes", new Stocktakes.StartCommand(warehouse.ToLowerInvariant()))).ReadAsync<StocktakeDto>(HttpStatusCode.Created);
        var id = started.Summary.Id;
        Assert.Equal((warehouse, StocktakeStatus.Counting), (started.Summary.Warehouse, started.Summary.Status));
        Assert.Subset(started.Lines.Select(l => l.ParcelCode).ToHashSet(), new[] { a.Code, b.Code, c.Code }.ToHashSet());
        Assert.DoesNotContain(started.Lines, l => l.ParcelCode == missing.Code || l.ParcelCode == inChina.Code);
        await (await forwarding.PostAsync("/api/stocktakes", new Stocktakes.StartCommand(warehouse))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.StocktakeRunning);

        Assert.Equal(StocktakeScanOutcome.Counted, (await ScanAsync(vietnam, id, a.Code.ToLowerInvariant(), "A-01")).Outcome);
        Assert.Equal(StocktakeScanOutcome.AlreadyCounted, (await ScanAsync(forwarding, id, a.Code, "A-01")).Outcome);
        var moved = await ScanAsync(vietnam, id, b.Code, "B-05");
        Assert.Equal((StocktakeScanOutcome.Moved, "B-05"), (moved.Outcome, moved.Parcel!.Shelf));
        var turnedUp = await ScanAsync(vietnam, id, missing.Code, "C-02");
        Assert.Equal((StocktakeScanOutcome.TurnedUp, ParcelStatus.InVietnamWarehouse), (turnedUp.Outcome, turnedUp.Parcel!.Status));
        Assert.Equal((StocktakeScanOutcome.Unexpected, ParcelStatus.InChinaWarehouse), ((await ScanAsync(vietnam, id, inChina.Code)).Outcome, inChina.Status));
        // Two clerks scan the same stray label at once: it is listed once.
        var stray = await Task.WhenAll(ScanAsync(vietnam, id, "PK-1999-000777"), ScanAsync(forwarding, id, "PK-1999-000777"));
        Assert.Contains(StocktakeScanOutcome.Unknown, stray.Select(s => s.Outcome));

        var counting = await vietnam.GetAsync<StocktakeDto>($"/api/stocktakes/{started.Summary.Code}");
        Assert.Equal([missing.Code, inChina.Code, "PK-1999-000777"], counting.Finds.Select(f => f.Code));
        Assert.Contains(counting.Lines, l => l.ParcelCode == c.Code && !l.Counted);
        await (await vietnam.PostAsync($"/api/stocktakes/{id}/lost", new Stocktakes.MarkLostCommand([c.Id]))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.StocktakeOpen);

        await (await vietnam.PostAsync($"/api/stocktakes/{id}/close", ifMatch: "\"999\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var closed = await (await vietnam.PostAsync($"/api/stocktakes/{id}/close", ifMatch: $"\"{counting.Summary.Version}\"")).ReadAsync<StocktakeDto>();
        Assert.Equal(StocktakeStatus.Closed, closed.Summary.Status);
        Assert.Equal(closed.Summary.ExpectedCount - 2, closed.Summary.NotFoundCount);
        await (await vietnam.PostAsync($"/api/stocktakes/{id}/scans", new Stocktakes.ScanCommand(c.Code))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.StocktakeClosed);

        // All or none: a found parcel among those to declare lost changes nothing.
        await (await vietnam.PostAsync($"/api/stocktakes/{id}/lost", new Stocktakes.MarkLostCommand([c.Id, a.Id]))).ShouldBeProblemAsync(HttpStatusCode.Conflict, LogisticsErrors.NotMissingAtStocktake);
        Assert.Equal(ParcelStatus.InVietnamWarehouse, (await vietnam.GetAsync<ParcelDto>($"/api/parcels/{c.Id}")).Status);
        var afterLost = await (await vietnam.PostAsync($"/api/stocktakes/{id}/lost", new Stocktakes.MarkLostCommand([c.Id]))).ReadAsync<StocktakeDto>();
        Assert.True(afterLost.Lines.Single(l => l.ParcelId == c.Id).MarkedLost);
        var lost = await vietnam.GetAsync<ParcelDto>($"/api/parcels/{c.Id}");
        Assert.Equal((ParcelStatus.Lost, $"stocktake {started.Summary.Code}"), (lost.Status, lost.History[^1].Remark));
        Assert.Equal(ParcelStatus.InVietnamWarehouse, (await vietnam.GetAsync<ParcelDto>($"/api/parcels/{a.Id}")).Status);

        var listed = await vietnam.GetAsync<PagedResult<StocktakeSummaryDto>>($"/api/stocktakes?warehouse={warehouse}&status=Closed");
        var summary = Assert.Single(listed.Items, s => s.Id == id);
        Assert.Equal((1, 3), (summary.LostCount, summary.FindsCount));

        // A new count may start now, and expects what is on the shelves today: b on B-05, the parcel that turned up, not the lost one.
        var next = await (await vietnam.PostAsync("/api/stocktakes", new Stocktakes.StartCommand(warehouse))).ReadAsync<StocktakeDto>(HttpStatusCode.Created);
        Assert.Contains(next.Lines, l => l.ParcelCode == b.Code && l.Shelf == "B-05");
        Assert.Contains(next.Lines, l => l.ParcelCode == missing.Code);
        Assert.DoesNotContain(next.Lines, l => l.ParcelCode == c.Code);
        await (await vietnam.PostAsync($"/api/stocktakes/{next.Summary.Id}/close")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_scans_the_wrong_staff_and_customers_are_refused_and_change_nothing()
    {
        var vietnam = await VietnamStaffAsync();
        await (await vietnam.PostAsync("/api/stocktakes", new Stocktakes.StartCommand("GZ"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await vietnam.PostAsync("/api/stocktakes", new Stocktakes.StartCommand(null))).ShouldBeInvalidAsync("warehouse");
        await (await vietnam.PostAsync("/api/stocktakes", new Stocktakes.StartCommand("NOWHERE"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var china = await ChinaStaffAsync();
        var stocktake = await (await china.PostAsync("/api/stocktakes", new Stocktakes.StartCommand("GZ"))).ReadAsync<StocktakeDto>(HttpStatusCode.Created);
        var id = stocktake.Summary.Id;
        await (await china.PostAsync($"/api/stocktakes/{id}/scans", new Stocktakes.ScanCommand("<script>alert(1)</script>"))).ShouldBeInvalidAsync("parcelCode");
        await (await china.PostAsync($"/api/stocktakes/{id}/scans", new Stocktakes.ScanCommand("  "))).ShouldBeInvalidAsync("parcelCode");
        await (await china.PostAsync($"/api/stocktakes/{id}/scans", new Stocktakes.ScanCommand("PK-1999-000001", new string('A', 40)))).ShouldBeInvalidAsync("shelf");
        await (await vietnam.PostAsync($"/api/stocktakes/{id}/scans", new Stocktakes.ScanCommand("PK-1999-000001"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await (await NewCustomerAsync()).GetAsync($"/api/stocktakes/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await china.PostAsync($"/api/stocktakes/{Guid.NewGuid()}/scans", new Stocktakes.ScanCommand("PK-1999-000001"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await china.PostAsync($"/api/stocktakes/{id}/close")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await china.PostAsync($"/api/stocktakes/{id}/lost", new Stocktakes.MarkLostCommand([]))).ShouldBeInvalidAsync("parcelIds");
        await (await china.PostAsync($"/api/stocktakes/{id}/lost", new Stocktakes.MarkLostCommand([Guid.NewGuid()]))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var after = await china.GetAsync<StocktakeDto>($"/api/stocktakes/{id}");
        Assert.Empty(after.Finds);
        Assert.Equal(0, after.Summary.LostCount);
    }

    public sealed class OnSqlite(SqliteApp app) : StocktakeApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StocktakeApiTests(app), IClassFixture<PostgresApp>;
}
